package org.majlis.relationship;

import java.util.Comparator;
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
import org.majlis.graphql.Party;
import org.majlis.label.MergeInput;
import org.majlis.label.Texts;
import org.majlis.organisation.Organisation;
import org.majlis.party.Parties;
import org.majlis.place.Place;

import io.smallrye.common.annotation.NonBlocking;

/** Relationships: alliances, support, diplomatic missions, offensives. */
@GraphQLApi
public class RelationshipGraphQLApi {

    private final RelationshipService relationships;
    private final EvidenceService evidence;
    private final RelationshipWrites writes;
    private final Writers writers;
    private final ChangeService changes;

    public RelationshipGraphQLApi(RelationshipService relationships, EvidenceService evidence, RelationshipWrites writes,
            Writers writers, ChangeService changes) {
        this.relationships = relationships;
        this.evidence = evidence;
        this.writes = writes;
        this.writers = writers;
        this.changes = changes;
    }

    @Query
    @NonNull
    @Description("Reported ties between parties that are neither meetings nor military presences, by id.")
    public RelationshipConnection relationships(
            @Description("What to narrow the list to.") RelationshipFilter filter,
            @Description("How many to return, 0 to 100.") @DefaultValue("20") Integer first,
            @Description("A cursor from a previous page: return what follows it.") String after) throws GraphQLException {
        return relationships.page(filter, PageRequest.of(first, after));
    }

    /** first and after are applied to each occurrence by org.majlis.graphql.NestedPages. */
    @NonNull
    @Name("relationships")
    @Description("Relationships the document reports, by id.")
    public List<@NonNull RelationshipConnection> documentRelationships(@Source List<Document> list,
            @Description("How many to return, 0 to 100.") @DefaultValue("20") Integer first,
            @Description("A cursor from a previous page: return what follows it.") String after) {
        return RelationshipConnection.nested(Sources.reportedIn(list.stream().map(d -> d.slug).toList(), Relationship.TYPE,
                slugs -> Relationship.list("documentSlug in ?1 order by slug", slugs), r -> r.documentSlug,
                Relationship::findBySlugs, r -> r.slug, Comparator.comparing(r -> r.slug)));
    }

    @NonNull
    @Description("Who allies, supports, keeps a mission or attacks.")
    public List<@NonNull Party> subject(@Source List<Relationship> list) {
        return Parties.of(list, r -> r.subjectRef);
    }

    @Name("object")
    @Description("Whom the subject allies with, supports or attacks; null where the source names no one.")
    public List<Party> objectParty(@Source List<Relationship> list) {
        return Parties.of(list, r -> r.objectRef);
    }

    @Description("Through whom, e.g. the Wagner group for Russia's military support.")
    public List<Organisation> via(@Source List<Relationship> list) {
        return Batch.one(list, r -> r.viaSlug, Organisation::findBySlugs, o -> o.slug);
    }

    @Description("Where, when the source says: the city of an embassy, the target of an offensive.")
    public List<Place> place(@Source List<Relationship> list) {
        return Batch.one(list, r -> r.placeSlug, Place::findBySlugs, p -> p.slug);
    }

    @NonNull
    @Description("What the source reports, summarised.")
    @Name("description")
    @NonBlocking
    public String description(@Source Relationship relationship,
            @Description("ar for Arabic; anything else, or no Arabic text, gives English.") @DefaultValue("en") String lang) {
        return Texts.pick(relationship.descriptionEn, relationship.descriptionAr, lang);
    }

    @NonNull
    @Description("The quotes that report the relationship; at least one.")
    public List<@NonNull List<@NonNull Evidence>> evidence(@Source List<Relationship> list) {
        return evidence.forClaims(list, Relationship::claim);
    }

    @NonNull
    @Description("Relationships of other documents, of the same kind, that may be this one reported again: the same "
            + "sides, periods that overlap, and the same place or one not named. The likelier first. For a curator to "
            + "judge (mergeRelationships): nothing is joined by itself.")
    public List<@NonNull List<@NonNull Relationship>> similar(@Source List<Relationship> list) {
        return relationships.similar(list);
    }

    @NonNull
    @Description("The documents that report the relationship, each with its quotes and what it says: its own document first "
            + "(the one it was first reported in), then each further report in the order it was joined.")
    @Name("sources")
    public List<@NonNull List<@NonNull SourceView>> relationshipSources(@Source List<Relationship> list) {
        return Sources.forClaims(list, Relationship::claim, Relationship::ownSource);
    }

    @NonNull
    @Description("How many documents report the relationship: 1 for its own, and one for each further source.")
    @Name("sourceCount")
    public List<@NonNull Integer> relationshipSourceCount(@Source List<Relationship> list) {
        return Sources.counts(list, Relationship::claim);
    }

    @NonNull
    @Description("Where the relationship's sources say different things (a date, a place, a status): each value with the "
            + "sources that give it. Empty when they agree or when it has one source.")
    @Name("disagreements")
    public List<@NonNull List<@NonNull Disagreement>> relationshipDisagreements(@Source List<Relationship> list) {
        return Sources.disagreements(list, Relationship::claim, Relationship::ownSource);
    }

    @NonNull
    @Name("document")
    @Description("The document that reports the relationship.")
    public List<@NonNull Document> relationshipDocument(@Source List<Relationship> list) {
        return Batch.one(list, r -> r.documentSlug, Document::findBySlugs, d -> d.slug);
    }

    @NonNull
    @Description("Every change made to the relationship since it was imported or added, oldest first: who, when, and "
            + "its fields before and after.")
    public List<@NonNull ChangeConnection> history(@Source List<Relationship> list,
            @Description("How many to return, 0 to 100.") @DefaultValue("20") Integer first,
            @Description("A cursor from a previous page: return what follows it.") String after) {
        return changes.histories(list, Relationship::getId);
    }

    @Mutation
    @NonNull
    @Description("Adds a relationship a document reports, with its quotes. Needs the role analyst or curator.")
    public RelationshipPayload addRelationship(@NonNull @Description("The relationship.") AddRelationshipInput input)
            throws GraphQLException {
        return writes.add(input, writers.require(Roles.ANALYST, Roles.CURATOR));
    }

    @Mutation
    @NonNull
    @Description("Changes a relationship, naming the version it was read at. Needs the role analyst or curator.")
    public RelationshipPayload editRelationship(
            @NonNull @Description("The relationship, its version, and what changes.") EditRelationshipInput input)
            throws GraphQLException {
        return writes.edit(input, writers.require(Roles.ANALYST, Roles.CURATOR));
    }

    @Mutation
    @NonNull
    @Description("Folds a relationship found to be another reported again into it: its document, with what it said, becomes "
            + "a further source of the survivor, then its further sources; its id answers as the survivor's. The "
            + "survivor's fields stay; where the reports differ, its disagreements show each value. Needs the role curator.")
    public RelationshipPayload mergeRelationships(@NonNull @Description("The relationship that goes, the one that stays, and why.") MergeInput input)
            throws GraphQLException {
        return writes.merge(input, writers.require(Roles.CURATOR));
    }

    @Mutation
    @NonNull
    @Description("Joins a further report to a relationship: another document's quotes of it, and what that document says "
            + "where it says it. The relationship's fields stay; where the sources differ, its disagreements show each value. "
            + "Needs the role analyst or curator.")
    public RelationshipPayload addRelationshipSource(@NonNull @Description("The relationship, its version, the document and its quotes.") AddSourceInput input)
            throws GraphQLException {
        return writes.addSource(input, writers.require(Roles.ANALYST, Roles.CURATOR));
    }

    @Mutation
    @NonNull
    @Description("Takes a further report off a relationship, with its quotes; the relationship and its other sources stay as they "
            + "were. Needs the role analyst or curator.")
    public RelationshipPayload removeRelationshipSource(@NonNull @Description("The relationship, its version, and the document.") RemoveSourceInput input)
            throws GraphQLException {
        return writes.removeSource(input, writers.require(Roles.ANALYST, Roles.CURATOR));
    }

    @Mutation
    @NonNull
    @Description("Takes a relationship and its quotes out of the graph; its history keeps what it was, who retracted "
            + "it and why. Needs the role curator.")
    public RelationshipPayload retractRelationship(
            @NonNull @Description("The relationship, its version, and why.") RetractInput input) throws GraphQLException {
        return writes.retract(input, writers.require(Roles.CURATOR));
    }
}
