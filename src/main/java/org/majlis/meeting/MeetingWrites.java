package org.majlis.meeting;

import static org.majlis.graphql.InputErrors.field;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.majlis.actor.Actor;
import org.majlis.auth.Writer;
import org.majlis.change.ChangeKind;
import org.majlis.change.ChangeLog;
import org.majlis.change.Edits;
import org.majlis.change.Versioned;
import org.majlis.date.DateInput;
import org.majlis.date.FuzzyDate;
import org.majlis.document.Document;
import org.majlis.evidence.ClaimDates;
import org.majlis.evidence.ClaimQuotes;
import org.majlis.evidence.ClaimStatus;
import org.majlis.evidence.QuoteInput;
import org.majlis.evidence.RemoveSourceInput;
import org.majlis.evidence.RetractInput;
import org.majlis.evidence.Retractions;
import org.majlis.evidence.Sources;
import org.majlis.graphql.GlobalId;
import org.majlis.graphql.InputErrors;
import org.majlis.graphql.UserError;
import org.majlis.label.MergeInput;
import org.majlis.label.Merging;
import org.majlis.label.TextInput;
import org.majlis.organisation.Organisation;
import org.majlis.place.Place;

/**
 * Adds, edits and retracts meetings. Each write checks its input by the rules the seeds obey (references that
 * resolve, quotes found in the document, {@link ClaimDates}), then, one writer at a time ({@link ChangeLog#begin()}),
 * what the database holds (a slug taken, a stale version), and writes the meeting, its participants and quotes and
 * its change together, or nothing.
 */
@ApplicationScoped
public class MeetingWrites {

    /** The input's fields, the figure the cost estimate takes for a payload's userErrors (one problem a field). */
    static final int INPUT_FIELDS = 12;

    // The columns' widths (V1__knowledge_graph.sql, V4__claim_versions.sql): refused as TOO_LONG, never a database error.
    private static final int TITLE_CHARACTERS = 500;
    private static final int DESCRIPTION_CHARACTERS = 2000;
    private static final int TOPIC_CHARACTERS = 200;
    private static final int SLUG_CHARACTERS = 200;
    private static final int MADE_SLUG_CHARACTERS = 120;

    private final ChangeLog changes;
    private final Edits edits;
    private final Retractions retractions;
    private final Merging merging;

    MeetingWrites(ChangeLog changes, Edits edits, Retractions retractions, Merging merging) {
        this.changes = changes;
        this.edits = edits;
        this.retractions = retractions;
        this.merging = merging;
    }

    @Transactional
    public MeetingPayload add(AddMeetingInput input, Writer writer) {
        InputErrors errors = new InputErrors();
        Document document = Document.named(input.document, errors);
        Meeting meeting = new Meeting();
        meeting.documentSlug = document == null ? null : document.slug;
        meeting.kind = input.kind;
        meeting.status = input.status;
        Checked checked = check(input.title, input.description, input.date, input.place, input.topics, input.participants,
                input.quotes, document, input.status, errors);
        if (input.slug != null && !input.slug.matches(GlobalId.SLUG_PATTERN)) {
            errors.add("INVALID", field("slug"), "The slug " + GlobalId.SLUG_MESSAGE + ", e.g. 2024-05-13-moscow-talks.");
        }
        errors.maxLength(input.slug, SLUG_CHARACTERS, field("slug"));
        if (!errors.isEmpty()) {
            return MeetingPayload.refused(errors.list());
        }
        meeting.slug = input.slug != null ? input.slug : madeSlug(checked);
        changes.begin();
        if (Meeting.findById(meeting.slug) != null) {
            return MeetingPayload.refused(List.of(new UserError("TAKEN", field("slug"),
                    meeting.getId() + " already exists: give the new meeting a slug of its own"
                            + (input.slug == null ? " (the one made of its date, place and participants is taken)." : "."))));
        }
        checked.applyTo(meeting);
        meeting.persist();
        writeParts(meeting, checked);
        changes.record(meeting.getId(), ChangeKind.CREATED, meeting.version, writer, null, fields(meeting));
        return MeetingPayload.done(meeting);
    }

    @Transactional
    public MeetingPayload edit(EditMeetingInput input, Writer writer) {
        Edits.Edited<Meeting> edited = edits.edit(KIND, input.id, input.version, writer, meeting -> change(meeting, input));
        return new MeetingPayload(edited.node(), edited.userErrors());
    }

    /** Checks what the input changes against the meeting's document, then sets it; the problems, if any (Edits). */
    private static List<UserError> change(Meeting meeting, EditMeetingInput input) {
        InputErrors errors = new InputErrors();
        ClaimStatus status = input.status != null ? input.status : meeting.status;
        DateInput date = input.date;
        if (date == null) { // the date kept is checked again, under the status the edit may change
            date = new DateInput();
            date.iso = meeting.date.iso;
            date.text = meeting.date.text;
        }
        Checked checked = check(input.title, input.description, date, input.place, input.topics, input.participants,
                input.quotes, Document.findById(meeting.documentSlug), status, errors);
        if (errors.isEmpty()) {
            if (input.kind != null) {
                meeting.kind = input.kind;
            }
            meeting.status = status;
            checked.applyTo(meeting);
            if (checked.replacesParts()) {
                List<FurtherParticipants.Kept> further = checked.participants == null ? List.of()
                        : FurtherParticipants.of(meeting);
                removeParts(meeting, checked);
                writeParts(meeting, checked);
                FurtherParticipants.restore(meeting, further);
            }
        }
        return errors.list();
    }

    @Transactional
    public MeetingPayload addSource(AddMeetingSourceInput input, Writer writer) {
        Edits.Edited<Meeting> edited = edits.edit(KIND, input.id, input.version, writer,
                meeting -> MeetingSources.add(meeting, input));
        return new MeetingPayload(edited.node(), edited.userErrors());
    }

    @Transactional
    public MeetingPayload removeSource(RemoveSourceInput input, Writer writer) {
        Edits.Edited<Meeting> edited = edits.edit(KIND, input.id, input.version, writer,
                meeting -> MeetingSources.remove(meeting, input));
        return new MeetingPayload(edited.node(), edited.userErrors());
    }

    /** Folds a meeting found to be another event's report into it ({@link MeetingMerge}). */
    @Transactional
    public MeetingPayload merge(MergeInput input, Writer writer) {
        Merging.Merged<Meeting> merged = merging.merge(KIND, Meeting::delete, input, writer);
        return new MeetingPayload(merged.survivor(), merged.userErrors());
    }

    @Transactional
    public MeetingPayload retract(RetractInput input, Writer writer) {
        Retractions.Retracted<Meeting> retracted = retractions.retract(KIND, meeting -> {
            List<Statement> statements = Statement.forMeetings(List.of(meeting.slug));
            ClaimQuotes.removeAll(statements.stream().map(Statement::claim).toList());
            statements.forEach(Statement::delete);
            removeParts(meeting, Checked.EVERYTHING);
            ClaimQuotes.removeAll(List.of(meeting.claim()));
            meeting.delete();
        }, input, writer);
        return new MeetingPayload(retracted.current(), retracted.userErrors());
    }

    /** Meetings as the shared procedures find, version and remember them. */
    private static final Versioned<Meeting> KIND = new Versioned<>(Meeting.TYPE, slug -> Meeting.findById(slug),
            meeting -> meeting.version, meeting -> meeting.version++, MeetingWrites::fields);

    /** What a valid input sets; a null part is left as it is. */
    private record Checked(TextInput title, TextInput description, FuzzyDate date, String placeSlug, boolean placeGiven,
            List<String> topics, List<Part> participants, List<ClaimQuotes.Span> quotes) {

        static final Checked EVERYTHING = new Checked(null, null, null, null, false, List.of(), List.of(), List.of());

        boolean replacesParts() {
            return topics != null || participants != null || quotes != null;
        }

        void applyTo(Meeting meeting) {
            if (title != null) {
                meeting.titleEn = title.english();
                meeting.titleAr = title.arabic();
            }
            if (description != null) {
                meeting.descriptionEn = description.english();
                meeting.descriptionAr = description.arabic();
            }
            if (date != null) {
                meeting.date = date;
            }
            if (placeGiven) {
                meeting.placeSlug = placeSlug;
            }
        }
    }

    /** A participant as an input gives them, checked. */
    record Part(String actorSlug, ParticipantRole role, String onBehalfOfSlug, List<ClaimQuotes.Span> quotes) {
    }

    private static Checked check(TextInput title, TextInput description, DateInput date, String place, List<String> topics,
            List<ParticipantInput> participants, List<QuoteInput> quotes, Document document,
            ClaimStatus status, InputErrors errors) {
        if (title != null) {
            title.check("title", TITLE_CHARACTERS, errors);
        }
        if (description != null) {
            description.check("description", DESCRIPTION_CHARACTERS, errors);
        }
        FuzzyDate parsed = ClaimDates.parse(date, document == null ? null : document.publishedOn, status, field("date"),
                errors);
        String placeSlug = place == null ? null
                : errors.reference(place, Place.TYPE, field("place"), Place::exists, "name a place of the graph.");
        if (topics != null) {
            for (int i = 0; i < topics.size(); i++) {
                errors.requireText(topics.get(i), field("topics", i));
                errors.maxLength(topics.get(i), TOPIC_CHARACTERS, field("topics", i));
            }
        }
        String text = document == null ? null : document.text;
        List<Part> parts = participants == null ? null : participants(participants, text, errors);
        List<ClaimQuotes.Span> spans = quotes == null || text == null ? null
                : ClaimQuotes.resolve(text, quotes, field("quotes"), errors);
        return new Checked(title, description, parsed, placeSlug, place != null,
                topics == null ? null : topics.stream().map(String::strip).toList(), parts, spans);
    }

    static List<Part> participants(List<ParticipantInput> participants, String text, InputErrors errors) {
        if (participants.isEmpty()) {
            errors.add("INVALID", field("participants"), "A meeting needs one participant at least.");
        }
        List<Part> parts = new ArrayList<>();
        Set<String> actors = new HashSet<>();
        for (int i = 0; i < participants.size(); i++) {
            ParticipantInput p = participants.get(i);
            String actor = errors.reference(p.actor, Actor.TYPE, field("participants", i, "actor"), Actor::exists,
                    "name one of the graph, or add them first (addActor).");
            if (actor != null && !actors.add(actor)) {
                errors.add("INVALID", field("participants", i, "actor"), p.actor + " already takes part in this "
                        + "meeting: an actor takes part once, with all their quotes under one entry.");
            }
            String onBehalfOf = p.onBehalfOf == null ? null
                    : errors.reference(p.onBehalfOf, Organisation.TYPE, field("participants", i, "onBehalfOf"),
                            Organisation::exists, "name an organisation of the graph.");
            List<ClaimQuotes.Span> spans = text == null ? List.of()
                    : ClaimQuotes.resolve(text, p.quotes, field("participants", i, "quotes"), errors);
            parts.add(new Part(actor, p.role, onBehalfOf, spans));
        }
        return parts;
    }

    private static void writeParts(Meeting meeting, Checked checked) {
        if (checked.topics != null) {
            for (int i = 0; i < checked.topics.size(); i++) {
                MeetingTopic topic = new MeetingTopic();
                topic.meetingSlug = meeting.slug;
                topic.ordinal = i;
                topic.topic = checked.topics.get(i);
                topic.persist();
            }
        }
        if (checked.participants != null) {
            int ordinal = 0;
            for (Part part : checked.participants) {
                ClaimQuotes.write(participation(meeting, part, ordinal++).claim(), meeting.documentSlug, part.quotes);
            }
        }
        if (checked.quotes != null) {
            ClaimQuotes.write(meeting.claim(), meeting.documentSlug, checked.quotes);
        }
    }

    /** A new participation of the meeting, as the part gives it, at that place in its list. */
    static Participation participation(Meeting meeting, Part part, int ordinal) {
        Participation participation = new Participation();
        participation.slug = GlobalId.key(meeting.slug, part.actorSlug);
        participation.meetingSlug = meeting.slug;
        participation.actorSlug = part.actorSlug;
        participation.onBehalfOfSlug = part.onBehalfOfSlug;
        participation.role = part.role;
        participation.ordinal = ordinal;
        participation.persist();
        return participation;
    }

    /** Removes the parts the input replaces, through the session, so that rows of the same ids can be written again. */
    private static void removeParts(Meeting meeting, Checked checked) {
        List<String> slugs = List.of(meeting.slug);
        if (checked.topics != null) {
            MeetingTopic.forMeetings(slugs).forEach(MeetingTopic::delete);
        }
        if (checked.participants != null) {
            List<Participation> participations = Participation.forMeetings(slugs);
            ClaimQuotes.removeAll(participations.stream().map(Participation::claim).toList());
            participations.forEach(Participation::delete);
        }
        if (checked.quotes != null) {
            ClaimQuotes.removeIn(List.of(meeting.claim()), meeting.documentSlug);
        }
        Meeting.flush();
    }

    /** date-place-first-two-participants, cut to a length that leaves room in the column for what follows. */
    private static String madeSlug(Checked checked) {
        List<String> parts = new ArrayList<>();
        parts.add(checked.date.iso.replace('/', '-'));
        if (checked.placeSlug != null) {
            parts.add(checked.placeSlug);
        }
        checked.participants.stream().limit(2).forEach(p -> parts.add(p.actorSlug));
        String slug = String.join("-", parts);
        return slug.length() <= MADE_SLUG_CHARACTERS ? slug : slug.substring(0, MADE_SLUG_CHARACTERS).replaceAll("[-_]+$", "");
    }

    /** What the history keeps of a meeting: every field, its participants and quotes. */
    private static Map<String, Object> fields(Meeting meeting) {
        List<String> slugs = List.of(meeting.slug);
        List<Participation> participations = Participation.forMeetings(slugs);
        List<String> claims = new ArrayList<>(participations.stream().map(Participation::claim).toList());
        claims.add(meeting.claim());
        Map<String, List<Map<String, Object>>> quotes = ClaimQuotes.fields(claims);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("document", GlobalId.of(Document.TYPE, meeting.documentSlug));
        fields.put("title", texts(meeting.titleEn, meeting.titleAr));
        fields.put("description", meeting.descriptionEn == null ? null : texts(meeting.descriptionEn, meeting.descriptionAr));
        fields.put("kind", meeting.kind.name());
        fields.put("status", meeting.status.name());
        fields.put("date", ClaimDates.fields(meeting.date));
        fields.put("place", meeting.placeSlug == null ? null : GlobalId.of(Place.TYPE, meeting.placeSlug));
        fields.put("topics", MeetingTopic.forMeetings(slugs).stream().map(t -> t.topic).toList());
        fields.put("participants", participations.stream().map(p -> {
            Map<String, Object> part = new LinkedHashMap<>();
            part.put("actor", GlobalId.of(Actor.TYPE, p.actorSlug));
            part.put("role", p.role.name());
            part.put("onBehalfOf", p.onBehalfOfSlug == null ? null : GlobalId.of(Organisation.TYPE, p.onBehalfOfSlug));
            part.put("quotes", quotes.getOrDefault(p.claim(), List.of()));
            return part;
        }).collect(Collectors.toList()));
        fields.put("quotes", quotes.getOrDefault(meeting.claim(), List.of()));
        putSources(fields, meeting.claim());
        return fields;
    }

    private static Map<String, Object> texts(String en, String ar) {
        Map<String, Object> texts = new LinkedHashMap<>();
        texts.put("en", en);
        texts.put("ar", ar);
        return texts;
    }

    /** The further sources, in the history only once there are any, so that a claim's history before reads as it did. */
    private static void putSources(Map<String, Object> fields, String claim) {
        List<Map<String, Object>> sources = Sources.fields(claim);
        if (!sources.isEmpty()) {
            fields.put("sources", sources);
        }
    }
}
