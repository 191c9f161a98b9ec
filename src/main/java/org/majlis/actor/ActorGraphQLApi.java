package org.majlis.actor;

import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.GraphQLException;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.majlis.auth.Roles;
import org.majlis.auth.Writers;
import org.majlis.change.ChangeConnection;
import org.majlis.change.ChangeService;
import org.majlis.document.Document;
import org.majlis.evidence.AddSourceInput;
import org.majlis.evidence.Disagreement;
import org.majlis.evidence.Evidence;
import org.majlis.evidence.EvidenceService;
import org.majlis.evidence.RemoveSourceInput;
import org.majlis.evidence.RetractInput;
import org.majlis.evidence.SourceView;
import org.majlis.evidence.Sources;
import org.majlis.graphql.Batch;
import org.majlis.graphql.PageRequest;
import org.majlis.label.MergeInput;
import org.majlis.label.Texts;
import org.majlis.organisation.Organisation;

import io.smallrye.common.annotation.NonBlocking;

/**
 * Actors and the roles they hold; an organisation's members and a document's roles are role rows, so they are
 * resolved here too.
 */
@GraphQLApi
public class ActorGraphQLApi {

    private final ActorService actors;
    private final EvidenceService evidence;
    private final ActorWrites writes;
    private final RoleWrites roleWrites;
    private final Writers writers;
    private final ChangeService changes;

    public ActorGraphQLApi(ActorService actors, EvidenceService evidence, ActorWrites writes, RoleWrites roleWrites,
            Writers writers, ChangeService changes) {
        this.actors = actors;
        this.evidence = evidence;
        this.writes = writes;
        this.roleWrites = roleWrites;
        this.writers = writers;
        this.changes = changes;
    }

    @Query
    @NonNull
    @Description("People, filtered, by id; forward paging with first (at most 100) and after.")
    public ActorConnection actors(
            @Description("What to narrow the list to.") ActorFilter filter,
            @Description("How many to return, 0 to 100.") @DefaultValue("20") Integer first,
            @Description("A cursor from a previous page: return what follows it.") String after) throws GraphQLException {
        return actors.page(filter, PageRequest.of(first, after));
    }

    /** first and after of roles and members are applied to each occurrence by org.majlis.graphql.NestedPages. */
    @NonNull
    @Description("Positions the actor holds or held, as reported, by document.")
    public List<@NonNull RoleConnection> roles(@Source List<Actor> list,
            @Description("How many to return, 0 to 100.") @DefaultValue("20") Integer first,
            @Description("A cursor from a previous page: return what follows it.") String after) {
        return RoleConnection.nested(Batch.many(list, a -> a.slug, Role::forActors, r -> r.actorSlug));
    }

    @NonNull
    @Description("Roles held in the organisation, as reported, by document.")
    public List<@NonNull RoleConnection> members(@Source List<Organisation> list,
            @Description("How many to return, 0 to 100.") @DefaultValue("20") Integer first,
            @Description("A cursor from a previous page: return what follows it.") String after) {
        return RoleConnection.nested(Batch.many(list, o -> o.slug, Role::forOrganisations, r -> r.organisationSlug));
    }

    @NonNull
    @Name("roles")
    @Description("Roles the document reports, in the order it reports them.")
    public List<@NonNull RoleConnection> documentRoles(@Source List<Document> list,
            @Description("How many to return, 0 to 100.") @DefaultValue("20") Integer first,
            @Description("A cursor from a previous page: return what follows it.") String after) {
        return RoleConnection.nested(Sources.reportedIn(list.stream().map(d -> d.slug).toList(), Role.TYPE,
                Role::forDocuments, r -> r.documentSlug, Role::findBySlugs, r -> r.slug, null));
    }

    @NonNull
    @Description("The position's title, e.g. 'acting Minister of Foreign Affairs'.")
    @Name("title")
    @NonBlocking
    public String title(@Source Role role,
            @Description("ar for Arabic; anything else, or no Arabic title, gives English.") @DefaultValue("en") String lang) {
        return Texts.pick(role.titleEn, role.titleAr, lang);
    }

    @NonNull
    @Description("Who holds the position.")
    public List<@NonNull Actor> actor(@Source List<Role> list) {
        return Batch.one(list, r -> r.actorSlug, Actor::findBySlugs, a -> a.slug);
    }

    @Description("The organisation the position belongs to, when the source says.")
    public List<Organisation> organisation(@Source List<Role> list) {
        return Batch.one(list, r -> r.organisationSlug, Organisation::findBySlugs, o -> o.slug);
    }

    @NonNull
    @Name("evidence")
    @Description("The quotes that report the role; at least one.")
    public List<@NonNull List<@NonNull Evidence>> roleEvidence(@Source List<Role> list) {
        return evidence.forClaims(list, Role::claim);
    }

    @NonNull
    @Name("similar")
    @Description("Roles of other documents that may be this one reported again: the same holder in the same "
            + "organisation, periods that overlap. The likelier first. For a curator to judge (mergeRoles): nothing is "
            + "joined by itself.")
    public List<@NonNull List<@NonNull Role>> roleSimilar(@Source List<Role> list) {
        return actors.similar(list);
    }

    @NonNull
    @Description("The documents that report the role, each with its quotes and what it says: its own document first "
            + "(the one it was first reported in), then each further report in the order it was joined.")
    @Name("sources")
    public List<@NonNull List<@NonNull SourceView>> roleSources(@Source List<Role> list) {
        return Sources.forClaims(list, Role::claim, Role::ownSource);
    }

    @NonNull
    @Description("How many documents report the role: 1 for its own, and one for each further source.")
    @Name("sourceCount")
    public List<@NonNull Integer> roleSourceCount(@Source List<Role> list) {
        return Sources.counts(list, Role::claim);
    }

    @NonNull
    @Description("Where the role's sources say different things (a date, a place, a status): each value with the "
            + "sources that give it. Empty when they agree or when it has one source.")
    @Name("disagreements")
    public List<@NonNull List<@NonNull Disagreement>> roleDisagreements(@Source List<Role> list) {
        return Sources.disagreements(list, Role::claim, Role::ownSource);
    }

    @NonNull
    @Description("Every change made to the actor since it was imported or added, oldest first: who, when, and its "
            + "names before and after.")
    public List<@NonNull ChangeConnection> history(@Source List<Actor> list,
            @Description("How many to return, 0 to 100.") @DefaultValue("20") Integer first,
            @Description("A cursor from a previous page: return what follows it.") String after) {
        return changes.histories(list, Actor::getId);
    }

    @Mutation
    @NonNull
    @Description("Adds a person to the graph by their names; search and mentions find them at once. Needs the role "
            + "analyst or curator.")
    public ActorPayload addActor(@NonNull @Description("The actor.") AddActorInput input) throws GraphQLException {
        return writes.add(input, writers.require(Roles.ANALYST, Roles.CURATOR));
    }

    @Mutation
    @NonNull
    @Description("Changes an actor's names or aliases, naming the version they were read at. Needs the role analyst "
            + "or curator.")
    public ActorPayload editActor(@NonNull @Description("The actor, its version, and its names.") EditActorInput input)
            throws GraphQLException {
        return writes.edit(input, writers.require(Roles.ANALYST, Roles.CURATOR));
    }

    @Mutation
    @NonNull
    @Description("Folds an actor found to be another into it: its claims become the survivor's, its names the "
            + "survivor's aliases, and its id (and the ids of claims named after it) answer as the survivor's. Needs the "
            + "role curator.")
    public ActorPayload mergeActors(@NonNull @Description("The actor that goes, the one that stays, and why.") MergeInput input)
            throws GraphQLException {
        return writes.merge(input, writers.require(Roles.CURATOR));
    }

    @NonNull
    @Name("history")
    @Description("Every change made to the role since it was imported or added, oldest first: who, when, and its "
            + "fields before and after.")
    public List<@NonNull ChangeConnection> roleHistory(@Source List<Role> list,
            @Description("How many to return, 0 to 100.") @DefaultValue("20") Integer first,
            @Description("A cursor from a previous page: return what follows it.") String after) {
        return changes.histories(list, Role::getId);
    }

    @Mutation
    @NonNull
    @Description("Adds a position a document says an actor holds or held, with its quotes. Needs the role analyst or "
            + "curator.")
    public RolePayload addRole(@NonNull @Description("The role.") AddRoleInput input) throws GraphQLException {
        return roleWrites.add(input, writers.require(Roles.ANALYST, Roles.CURATOR));
    }

    @Mutation
    @NonNull
    @Description("Changes a role, naming the version it was read at. Needs the role analyst or curator.")
    public RolePayload editRole(@NonNull @Description("The role, its version, and what changes.") EditRoleInput input)
            throws GraphQLException {
        return roleWrites.edit(input, writers.require(Roles.ANALYST, Roles.CURATOR));
    }

    @Mutation
    @NonNull
    @Description("Folds a role found to be another reported again into it: its document, with what it said, becomes "
            + "a further source of the survivor, then its further sources; its id answers as the survivor's. The "
            + "survivor's fields stay; where the reports differ, its disagreements show each value. Needs the role curator.")
    public RolePayload mergeRoles(@NonNull @Description("The role that goes, the one that stays, and why.") MergeInput input)
            throws GraphQLException {
        return roleWrites.merge(input, writers.require(Roles.CURATOR));
    }

    @Mutation
    @NonNull
    @Description("Joins a further report to a role: another document's quotes of it, and what that document says "
            + "where it says it. The role's fields stay; where the sources differ, its disagreements show each value. "
            + "Needs the role analyst or curator.")
    public RolePayload addRoleSource(@NonNull @Description("The role, its version, the document and its quotes.") AddSourceInput input)
            throws GraphQLException {
        return roleWrites.addSource(input, writers.require(Roles.ANALYST, Roles.CURATOR));
    }

    @Mutation
    @NonNull
    @Description("Takes a further report off a role, with its quotes; the role and its other sources stay as they "
            + "were. Needs the role analyst or curator.")
    public RolePayload removeRoleSource(@NonNull @Description("The role, its version, and the document.") RemoveSourceInput input)
            throws GraphQLException {
        return roleWrites.removeSource(input, writers.require(Roles.ANALYST, Roles.CURATOR));
    }

    @Mutation
    @NonNull
    @Description("Takes a role and its quotes out of the graph; its history keeps what it was, who retracted it and "
            + "why. Needs the role curator.")
    public RolePayload retractRole(@NonNull @Description("The role, its version, and why.") RetractInput input)
            throws GraphQLException {
        return roleWrites.retract(input, writers.require(Roles.CURATOR));
    }
}
