package org.majlis.meeting;

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
import org.majlis.actor.Actor;
import org.majlis.auth.Roles;
import org.majlis.auth.Writers;
import org.majlis.change.ChangeConnection;
import org.majlis.change.ChangeService;
import org.majlis.document.Document;
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
import org.majlis.place.Place;

import io.smallrye.common.annotation.NonBlocking;

/** Meetings, and the participations and statements inside them. */
@GraphQLApi
public class MeetingGraphQLApi {

    private final MeetingService meetings;
    private final EvidenceService evidence;
    private final MeetingWrites writes;
    private final StatementWrites statementWrites;
    private final Writers writers;
    private final ChangeService changes;

    public MeetingGraphQLApi(MeetingService meetings, EvidenceService evidence, MeetingWrites writes,
            StatementWrites statementWrites, Writers writers, ChangeService changes) {
        this.meetings = meetings;
        this.evidence = evidence;
        this.writes = writes;
        this.statementWrites = statementWrites;
        this.writers = writers;
        this.changes = changes;
    }

    @Query
    @NonNull
    @Description("Meetings, filtered, by date; forward paging with first (at most 100) and after.")
    public MeetingConnection meetings(
            @Description("What to narrow the list to.") MeetingFilter filter,
            @Description("DATE_ASC (default) or DATE_DESC.") @DefaultValue("DATE_ASC") MeetingOrder orderBy,
            @Description("How many to return, 0 to 100.") @DefaultValue("20") Integer first,
            @Description("A cursor from a previous page: return what follows it.") String after) throws GraphQLException {
        return meetings.page(filter, orderBy, PageRequest.of(first, after));
    }

    @NonNull
    @Description("A short title of the meeting.")
    @Name("title")
    @NonBlocking
    public String title(@Source Meeting meeting,
            @Description("ar for Arabic; anything else, or no Arabic title, gives English.") @DefaultValue("en") String lang) {
        return Texts.pick(meeting.titleEn, meeting.titleAr, lang);
    }

    @Description("What else the source says of the meeting, e.g. the visit it was part of.")
    @Name("description")
    @NonBlocking
    public String description(@Source Meeting meeting,
            @Description("ar for Arabic; anything else, or no Arabic text, gives English.") @DefaultValue("en") String lang) {
        return Texts.pick(meeting.descriptionEn, meeting.descriptionAr, lang);
    }

    @Description("Where it took place, when the source says.")
    public List<Place> place(@Source List<Meeting> list) {
        return Batch.one(list, m -> m.placeSlug, Place::findBySlugs, p -> p.slug);
    }

    @NonNull
    @Description("Who took part, in what part, on whose behalf.")
    public List<@NonNull List<@NonNull Participation>> participants(@Source List<Meeting> list) {
        return meetings.participants(list);
    }

    @NonNull
    @Description("What was discussed, in English.")
    public List<@NonNull List<@NonNull String>> topics(@Source List<Meeting> list) {
        return meetings.topics(list);
    }

    @NonNull
    @Description("Who said what at or about the meeting.")
    public List<@NonNull List<@NonNull Statement>> statements(@Source List<Meeting> list) {
        return meetings.statements(list);
    }

    @NonNull
    @Name("evidence")
    @Description("The quotes that report the meeting; at least one.")
    public List<@NonNull List<@NonNull Evidence>> meetingEvidence(@Source List<Meeting> list) {
        return evidence.forClaims(list, Meeting::claim);
    }

    @NonNull
    @Description("The documents that report the meeting, each with its quotes and what it says: its own document first "
            + "(the one it was first reported in), then each further report in the order it was joined.")
    @Name("sources")
    public List<@NonNull List<@NonNull SourceView>> meetingSources(@Source List<Meeting> list) {
        return Sources.forClaims(list, Meeting::claim, Meeting::ownSource);
    }

    @NonNull
    @Description("How many documents report the meeting: 1 for its own, and one for each further source.")
    @Name("sourceCount")
    public List<@NonNull Integer> meetingSourceCount(@Source List<Meeting> list) {
        return Sources.counts(list, Meeting::claim);
    }

    @NonNull
    @Description("Where the meeting's sources say different things (a date, a place, a status): each value with the "
            + "sources that give it. Empty when they agree or when it has one source.")
    @Name("disagreements")
    public List<@NonNull List<@NonNull Disagreement>> meetingDisagreements(@Source List<Meeting> list) {
        return Sources.disagreements(list, Meeting::claim, Meeting::ownSource);
    }

    @NonNull
    @Description("Meetings of other documents that may be this one reported again: at least two of the same "
            + "participants (or the one that a meeting names), dates that overlap, and the same place or one not named. "
            + "The likelier first (more participants in common, then nearer in time). For a curator to judge: nothing "
            + "is joined by itself.")
    public List<@NonNull List<@NonNull Meeting>> similar(@Source List<Meeting> list) {
        return meetings.similar(list);
    }

    @Name("document")
    @NonNull
    @Description("The document that reports the meeting.")
    public List<@NonNull Document> meetingDocument(@Source List<Meeting> list) {
        return Batch.one(list, m -> m.documentSlug, Document::findBySlugs, d -> d.slug);
    }

    @NonNull
    @Description("The actor who took part.")
    public List<@NonNull Actor> actor(@Source List<Participation> list) {
        return Batch.one(list, p -> p.actorSlug, Actor::findBySlugs, a -> a.slug);
    }

    @Description("The organisation the actor took part for, when the source says.")
    public List<Organisation> onBehalfOf(@Source List<Participation> list) {
        return Batch.one(list, p -> p.onBehalfOfSlug, Organisation::findBySlugs, o -> o.slug);
    }

    @NonNull
    @Description("The meeting.")
    public List<@NonNull Meeting> meeting(@Source List<Participation> list) {
        return Batch.one(list, p -> p.meetingSlug, Meeting::findBySlugs, m -> m.slug);
    }

    @NonNull
    @Name("evidence")
    @Description("The quotes that report this participation; at least one.")
    public List<@NonNull List<@NonNull Evidence>> participationEvidence(@Source List<Participation> list) {
        return evidence.forClaims(list, Participation::claim);
    }

    @Description("Who spoke, when the source names a person.")
    public List<Actor> speaker(@Source List<Statement> list) {
        return Batch.one(list, s -> s.speakerSlug, Actor::findBySlugs, a -> a.slug);
    }

    @Name("organisation")
    @Description("The organisation the statement speaks for, when the source says.")
    public List<Organisation> statementOrganisation(@Source List<Statement> list) {
        return Batch.one(list, s -> s.organisationSlug, Organisation::findBySlugs, o -> o.slug);
    }

    @Description("Who the source says reported the statement, e.g. the Presidential Council's statement.")
    public List<Organisation> reportedBy(@Source List<Statement> list) {
        return Batch.one(list, s -> s.reportedBySlug, Organisation::findBySlugs, o -> o.slug);
    }

    @NonNull
    @Description("What was said, summarised.")
    @Name("summary")
    @NonBlocking
    public String summary(@Source Statement statement,
            @Description("ar for Arabic; anything else, or no Arabic text, gives English.") @DefaultValue("en") String lang) {
        return Texts.pick(statement.summaryEn, statement.summaryAr, lang);
    }

    @NonNull
    @Name("evidence")
    @Description("The quotes that report the statement; at least one.")
    public List<@NonNull List<@NonNull Evidence>> statementEvidence(@Source List<Statement> list) {
        return evidence.forClaims(list, Statement::claim);
    }

    @Name("document")
    @NonNull
    @Description("The document that reports the statement, whose text its quotes are of: the meeting's own, or one of "
            + "its further sources.")
    public List<@NonNull Document> statementDocument(@Source List<Statement> list) {
        return Batch.one(list, s -> s.documentSlug, Document::findBySlugs, d -> d.slug);
    }

    @NonNull
    @Description("Every change made to the meeting since it was imported or added, oldest first: who, when, and its "
            + "fields before and after.")
    public List<@NonNull ChangeConnection> history(@Source List<Meeting> list,
            @Description("How many to return, 0 to 100.") @DefaultValue("20") Integer first,
            @Description("A cursor from a previous page: return what follows it.") String after) {
        return changes.histories(list, Meeting::getId);
    }

    @Mutation
    @NonNull
    @Description("Adds a meeting a document reports, with its participants, each part backed by quotes of the "
            + "document. Needs the role analyst or curator.")
    public MeetingPayload addMeeting(@NonNull @Description("The meeting.") AddMeetingInput input) throws GraphQLException {
        return writes.add(input, writers.require(Roles.ANALYST, Roles.CURATOR));
    }

    @Mutation
    @NonNull
    @Description("Changes a meeting, naming the version it was read at. Needs the role analyst or curator.")
    public MeetingPayload editMeeting(@NonNull @Description("The meeting, its version, and what changes.") EditMeetingInput input)
            throws GraphQLException {
        return writes.edit(input, writers.require(Roles.ANALYST, Roles.CURATOR));
    }

    @Mutation
    @NonNull
    @Description("Folds a meeting found to be another report of one event into it: its document, with what it said, "
            + "becomes a further source of the survivor, then its further sources; its participants' quotes join the "
            + "survivor's participants, and its statements and topics follow; its id answers as the survivor's. The "
            + "survivor's fields stay; where the reports differ, its disagreements show each value. Needs the role curator.")
    public MeetingPayload mergeMeetings(@NonNull @Description("The meeting that goes, the one that stays, and why.") MergeInput input)
            throws GraphQLException {
        return writes.merge(input, writers.require(Roles.CURATOR));
    }

    @Mutation
    @NonNull
    @Description("Joins a further report to a meeting: another document's quotes of it, and what that document says "
            + "where it says it, and its quotes of the participants (one the meeting lacks joins it). The meeting's fields "
            + "stay; where the sources differ, its disagreements show each value. Needs the role analyst or curator.")
    public MeetingPayload addMeetingSource(
            @NonNull @Description("The meeting, its version, the document, its quotes and what it says.") AddMeetingSourceInput input)
            throws GraphQLException {
        return writes.addSource(input, writers.require(Roles.ANALYST, Roles.CURATOR));
    }

    @Mutation
    @NonNull
    @Description("Takes a further report off a meeting, with its quotes; the meeting and its other sources stay as they "
            + "were. Needs the role analyst or curator.")
    public MeetingPayload removeMeetingSource(@NonNull @Description("The meeting, its version, and the document.") RemoveSourceInput input)
            throws GraphQLException {
        return writes.removeSource(input, writers.require(Roles.ANALYST, Roles.CURATOR));
    }

    @Mutation
    @NonNull
    @Description("Takes a meeting, its participants, statements and quotes out of the graph; its history keeps what "
            + "it was, who retracted it and why. Needs the role curator.")
    public MeetingPayload retractMeeting(@NonNull @Description("The meeting, its version, and why.") RetractInput input)
            throws GraphQLException {
        return writes.retract(input, writers.require(Roles.CURATOR));
    }

    @NonNull
    @Name("history")
    @Description("Every change made to the statement since it was imported or added, oldest first: who, when, and its "
            + "fields before and after.")
    public List<@NonNull ChangeConnection> statementHistory(@Source List<Statement> list,
            @Description("How many to return, 0 to 100.") @DefaultValue("20") Integer first,
            @Description("A cursor from a previous page: return what follows it.") String after) {
        return changes.histories(list, Statement::getId);
    }

    @Mutation
    @NonNull
    @Description("Adds what was said at a meeting, as its document reports it, with its quotes. Needs the role analyst "
            + "or curator.")
    public StatementPayload addStatement(@NonNull @Description("The statement.") AddStatementInput input)
            throws GraphQLException {
        return statementWrites.add(input, writers.require(Roles.ANALYST, Roles.CURATOR));
    }

    @Mutation
    @NonNull
    @Description("Changes a statement, naming the version it was read at. Needs the role analyst or curator.")
    public StatementPayload editStatement(
            @NonNull @Description("The statement, its version, and what changes.") EditStatementInput input)
            throws GraphQLException {
        return statementWrites.edit(input, writers.require(Roles.ANALYST, Roles.CURATOR));
    }

    @Mutation
    @NonNull
    @Description("Takes a statement and its quotes out of the graph; its history keeps what it was, who retracted it "
            + "and why. Needs the role curator.")
    public StatementPayload retractStatement(@NonNull @Description("The statement, its version, and why.") RetractInput input)
            throws GraphQLException {
        return statementWrites.retract(input, writers.require(Roles.CURATOR));
    }
}
