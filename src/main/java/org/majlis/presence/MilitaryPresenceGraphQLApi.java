package org.majlis.presence;

import java.util.ArrayList;
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

/** Military presences: whose forces are where, since when, backing whom. */
@GraphQLApi
public class MilitaryPresenceGraphQLApi {

    private final MilitaryPresenceService presences;
    private final EvidenceService evidence;
    private final MilitaryPresenceWrites writes;
    private final Writers writers;
    private final ChangeService changes;

    public MilitaryPresenceGraphQLApi(MilitaryPresenceService presences, EvidenceService evidence,
            MilitaryPresenceWrites writes, Writers writers, ChangeService changes) {
        this.presences = presences;
        this.evidence = evidence;
        this.writes = writes;
        this.writers = writers;
        this.changes = changes;
    }

    @Query
    @NonNull
    @Description("Military presences, filtered, by id; forward paging with first (at most 100) and after.")
    public MilitaryPresenceConnection militaryPresences(
            @Description("What to narrow the list to.") MilitaryPresenceFilter filter,
            @Description("How many to return, 0 to 100.") @DefaultValue("20") Integer first,
            @Description("A cursor from a previous page: return what follows it.") String after) throws GraphQLException {
        return presences.page(filter, PageRequest.of(first, after));
    }

    @NonNull
    @Description("Who is deployed: a private military company, an army, a corps.")
    public List<@NonNull Organisation> force(@Source List<MilitaryPresence> list) {
        return Batch.one(list, p -> p.forceSlug, Organisation::findBySlugs, o -> o.slug);
    }

    @Description("The state behind the force, when the source says.")
    public List<Organisation> sponsor(@Source List<MilitaryPresence> list) {
        return Batch.one(list, p -> p.sponsorSlug, Organisation::findBySlugs, o -> o.slug);
    }

    @NonNull
    @Description("The sides the presence backs: actors or organisations.")
    public List<@NonNull List<@NonNull Party>> supports(@Source List<MilitaryPresence> list) {
        List<List<PresenceSupport>> rows = Batch.many(list, p -> p.slug, PresenceSupport::forPresences, s -> s.presenceSlug);
        List<Party> parties = Parties.of(rows.stream().flatMap(List::stream).toList(), s -> s.party);
        List<List<Party>> result = new ArrayList<>(list.size());
        int at = 0;
        for (List<PresenceSupport> group : rows) {
            result.add(parties.subList(at, at + group.size()));
            at += group.size();
        }
        return result;
    }

    @Description("The base or site, when the source names one.")
    public List<Place> place(@Source List<MilitaryPresence> list) {
        return Batch.one(list, p -> p.placeSlug, Place::findBySlugs, p -> p.slug);
    }

    @Description("What the source says of the presence, summarised.")
    @Name("description")
    @NonBlocking
    public String description(@Source MilitaryPresence presence,
            @Description("ar for Arabic; anything else, or no Arabic text, gives English.") @DefaultValue("en") String lang) {
        return Texts.pick(presence.descriptionEn, presence.descriptionAr, lang);
    }

    @NonNull
    @Description("The quotes that report the presence; at least one.")
    public List<@NonNull List<@NonNull Evidence>> evidence(@Source List<MilitaryPresence> list) {
        return evidence.forClaims(list, MilitaryPresence::claim);
    }

    @NonNull
    @Description("The documents that report the presence, each with its quotes and what it says: its own document first "
            + "(the one it was first reported in), then each further report in the order it was joined.")
    @Name("sources")
    public List<@NonNull List<@NonNull SourceView>> presenceSources(@Source List<MilitaryPresence> list) {
        return Sources.forClaims(list, MilitaryPresence::claim, MilitaryPresence::ownSource);
    }

    @NonNull
    @Description("How many documents report the presence: 1 for its own, and one for each further source.")
    @Name("sourceCount")
    public List<@NonNull Integer> presenceSourceCount(@Source List<MilitaryPresence> list) {
        return Sources.counts(list, MilitaryPresence::claim);
    }

    @NonNull
    @Description("Where the presence's sources say different things (a date, a place, a status): each value with the "
            + "sources that give it. Empty when they agree or when it has one source.")
    @Name("disagreements")
    public List<@NonNull List<@NonNull Disagreement>> presenceDisagreements(@Source List<MilitaryPresence> list) {
        return Sources.disagreements(list, MilitaryPresence::claim, MilitaryPresence::ownSource);
    }

    @NonNull
    @Description("Presences of other documents that may be this one reported again: the same force, periods that "
            + "overlap (one without an end goes on), and the same place or one not named. The likelier first (nearer "
            + "in time). For a curator to judge: nothing is joined by itself.")
    public List<@NonNull List<@NonNull MilitaryPresence>> similar(@Source List<MilitaryPresence> list) {
        return presences.similar(list);
    }

    @NonNull
    @Name("document")
    @Description("The document that reports the presence.")
    public List<@NonNull Document> presenceDocument(@Source List<MilitaryPresence> list) {
        return Batch.one(list, p -> p.documentSlug, Document::findBySlugs, d -> d.slug);
    }


    @NonNull
    @Description("Every change made to the presence since it was imported or added, oldest first: who, when, and its "
            + "fields before and after.")
    public List<@NonNull ChangeConnection> history(@Source List<MilitaryPresence> list,
            @Description("How many to return, 0 to 100.") @DefaultValue("20") Integer first,
            @Description("A cursor from a previous page: return what follows it.") String after) {
        return changes.histories(list, MilitaryPresence::getId);
    }

    @Mutation
    @NonNull
    @Description("Adds a military presence a document reports, with its quotes. Needs the role analyst or curator.")
    public MilitaryPresencePayload addMilitaryPresence(@NonNull @Description("The presence.") AddMilitaryPresenceInput input)
            throws GraphQLException {
        return writes.add(input, writers.require(Roles.ANALYST, Roles.CURATOR));
    }

    @Mutation
    @NonNull
    @Description("Changes a military presence, naming the version it was read at. Needs the role analyst or curator.")
    public MilitaryPresencePayload editMilitaryPresence(
            @NonNull @Description("The presence, its version, and what changes.") EditMilitaryPresenceInput input)
            throws GraphQLException {
        return writes.edit(input, writers.require(Roles.ANALYST, Roles.CURATOR));
    }

    @Mutation
    @NonNull
    @Description("Folds a military presence found to be another reported again into it: its document, with what it said, becomes "
            + "a further source of the survivor, then its further sources; its id answers as the survivor's. The "
            + "survivor's fields stay; where the reports differ, its disagreements show each value. Needs the role curator.")
    public MilitaryPresencePayload mergeMilitaryPresences(@NonNull @Description("The military presence that goes, the one that stays, and why.") MergeInput input)
            throws GraphQLException {
        return writes.merge(input, writers.require(Roles.CURATOR));
    }

    @Mutation
    @NonNull
    @Description("Joins a further report to a military presence: another document's quotes of it, and what that document says "
            + "where it says it. The military presence's fields stay; where the sources differ, its disagreements show each value. "
            + "Needs the role analyst or curator.")
    public MilitaryPresencePayload addMilitaryPresenceSource(@NonNull @Description("The military presence, its version, the document and its quotes.") AddSourceInput input)
            throws GraphQLException {
        return writes.addSource(input, writers.require(Roles.ANALYST, Roles.CURATOR));
    }

    @Mutation
    @NonNull
    @Description("Takes a further report off a military presence, with its quotes; the military presence and its other sources stay as they "
            + "were. Needs the role analyst or curator.")
    public MilitaryPresencePayload removeMilitaryPresenceSource(@NonNull @Description("The military presence, its version, and the document.") RemoveSourceInput input)
            throws GraphQLException {
        return writes.removeSource(input, writers.require(Roles.ANALYST, Roles.CURATOR));
    }

    @Mutation
    @NonNull
    @Description("Takes a military presence and its quotes out of the graph; its history keeps what it was, who "
            + "retracted it and why. Needs the role curator.")
    public MilitaryPresencePayload retractMilitaryPresence(
            @NonNull @Description("The presence, its version, and why.") RetractInput input) throws GraphQLException {
        return writes.retract(input, writers.require(Roles.CURATOR));
    }
}
