package org.majlis.meeting;

import static org.majlis.graphql.InputErrors.field;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.majlis.actor.Actor;
import org.majlis.auth.Writer;
import org.majlis.change.ChangeKind;
import org.majlis.change.ChangeLog;
import org.majlis.change.Edits;
import org.majlis.change.Versioned;
import org.majlis.document.Document;
import org.majlis.evidence.ClaimQuotes;
import org.majlis.evidence.ClaimSource;
import org.majlis.evidence.RetractInput;
import org.majlis.evidence.Retractions;
import org.majlis.graphql.GlobalId;
import org.majlis.graphql.InputErrors;
import org.majlis.graphql.UserError;
import org.majlis.organisation.Organisation;

/**
 * Adds, edits and retracts what was said at meetings, by the rules the seeds obey (who said it, references that
 * resolve, quotes in the meeting's document), one writer at a time ({@link ChangeLog#begin()}).
 */
@ApplicationScoped
public class StatementWrites {

    /** The input's fields, the figure the cost estimate takes for a payload's userErrors (one problem a field). */
    static final int INPUT_FIELDS = 9;

    // The column's width (V1__knowledge_graph.sql): refused as TOO_LONG, never a database error.
    private static final int SUMMARY_CHARACTERS = 2000;

    private final ChangeLog changes;
    private final Edits edits;
    private final Retractions retractions;

    StatementWrites(ChangeLog changes, Edits edits, Retractions retractions) {
        this.changes = changes;
        this.edits = edits;
        this.retractions = retractions;
    }

    @Transactional
    public StatementPayload add(AddStatementInput input, Writer writer) {
        InputErrors errors = new InputErrors();
        String meetingSlug = errors.reference(input.meeting, Meeting.TYPE, field("meeting"), s -> Meeting.findById(s) != null,
                "name a meeting of the graph, or add it first (addMeeting).");
        Meeting meeting = meetingSlug == null ? null : Meeting.findById(meetingSlug);
        Document document = meeting == null ? null : reporting(meeting, input.document, errors);
        if (input.key != null && !input.key.matches(GlobalId.SLUG_PATTERN)) {
            errors.add("INVALID", field("key"), "The key " + GlobalId.SLUG_MESSAGE + ", e.g. lavrov-on-elections.");
        }
        Statement statement = new Statement();
        statement.status = input.status;
        EditStatementInput given = new EditStatementInput();
        given.speaker = input.speaker;
        given.organisation = input.organisation;
        given.reportedBy = input.reportedBy;
        given.summary = input.summary;
        given.quotes = input.quotes;
        List<ClaimQuotes.Span> quotes = check(statement, given, document, errors);
        if (!errors.isEmpty()) {
            return new StatementPayload(null, errors.list());
        }
        int earliest = quotes.stream().mapToInt(ClaimQuotes.Span::start).min().orElseThrow();
        statement.slug = Statement.slugOf(document.slug, input.key, earliest);
        changes.begin();
        if (Statement.findById(statement.slug) != null) {
            return new StatementPayload(null, List.of(new UserError("TAKEN", field(input.key == null ? "quotes" : "key"),
                    statement.getId() + " already exists: " + (input.key == null ? "another statement's quotes start "
                            + "where these do; give this one a key (e.g. lavrov-on-elections) to tell them apart."
                            : "give it another key."))));
        }
        statement.meetingSlug = meeting.slug;
        statement.documentSlug = document.slug;
        statement.ordinal = Statement.nextOrdinal(meeting.slug);
        statement.persist();
        ClaimQuotes.write(statement.claim(), document.slug, quotes);
        changes.record(statement.getId(), ChangeKind.CREATED, statement.version, writer, null, fields(statement));
        return new StatementPayload(statement, List.of());
    }

    /**
     * The document a new statement quotes: the meeting's own, or the one the input names when it reports the meeting
     * (its own or a further source); null, and the problem added, when it does not.
     */
    private static Document reporting(Meeting meeting, String id, InputErrors errors) {
        if (id == null) {
            return Document.findById(meeting.documentSlug);
        }
        Document document = Document.named(id, errors);
        if (document != null && !document.slug.equals(meeting.documentSlug)
                && ClaimSource.find(meeting.claim(), document.slug) == null) {
            errors.add("INVALID", field("document"), id + " does not report " + meeting.getId() + ": join it as a "
                    + "source first (addMeetingSource).");
            return null;
        }
        return document;
    }

    @Transactional
    public StatementPayload edit(EditStatementInput input, Writer writer) {
        Edits.Edited<Statement> edited = edits.edit(KIND, input.id, input.version, writer, statement -> change(statement, input));
        return new StatementPayload(edited.node(), edited.userErrors());
    }

    /** Sets what the input changes; the problems with it, if any, roll the edit back (Edits). */
    private static List<UserError> change(Statement statement, EditStatementInput input) {
        InputErrors errors = new InputErrors();
        if (input.status != null) {
            statement.status = input.status;
        }
        List<ClaimQuotes.Span> quotes = check(statement, input, Document.findById(statement.documentSlug), errors);
        if (errors.isEmpty() && quotes != null) {
            ClaimQuotes.replace(statement.claim(), statement.documentSlug, quotes);
        }
        return errors.list();
    }

    @Transactional
    public StatementPayload retract(RetractInput input, Writer writer) {
        Retractions.Retracted<Statement> retracted = retractions.retract(KIND, statement -> {
            ClaimQuotes.removeAll(List.of(statement.claim()));
            statement.delete();
        }, input, writer);
        return new StatementPayload(retracted.current(), retracted.userErrors());
    }

    /** Statements as the shared procedures find, version and remember them. */
    private static final Versioned<Statement> KIND = new Versioned<>(Statement.TYPE, slug -> Statement.findById(slug),
            statement -> statement.version, statement -> statement.version++, StatementWrites::fields);

    /**
     * Checks what the input gives and sets it on {@code statement} (a new one, or a copy until all is well); answers
     * the quotes found, or null when none are given.
     */
    private static List<ClaimQuotes.Span> check(Statement statement, EditStatementInput input, Document document,
            InputErrors errors) {
        if (input.speaker != null) {
            statement.speakerSlug = errors.reference(input.speaker, Actor.TYPE, field("speaker"), Actor::exists,
                    "name one of the graph, or add them first (addActor).");
        }
        if (input.organisation != null) {
            statement.organisationSlug = errors.reference(input.organisation, Organisation.TYPE, field("organisation"),
                    Organisation::exists, "name an organisation of the graph.");
        }
        if (input.reportedBy != null) {
            statement.reportedBySlug = errors.reference(input.reportedBy, Organisation.TYPE, field("reportedBy"),
                    Organisation::exists, "name an organisation of the graph.");
        }
        String who = Statement.whoSaidIt(statement.speakerSlug, statement.organisationSlug, statement.reportedBySlug);
        if (who != null && errors.isEmpty()) {
            errors.add("INVALID", field("speaker"), InputErrors.sentence(who));
        }
        if (input.summary != null) {
            input.summary.check("summary", SUMMARY_CHARACTERS, errors);
            statement.summaryEn = input.summary.english();
            statement.summaryAr = input.summary.arabic();
        }
        return input.quotes == null || document == null ? null
                : ClaimQuotes.resolve(document.text, input.quotes, field("quotes"), errors);
    }

    /** What the history keeps of a statement: every field and its quotes. */
    private static Map<String, Object> fields(Statement statement) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("meeting", GlobalId.of(Meeting.TYPE, statement.meetingSlug));
        fields.put("speaker", statement.speakerSlug == null ? null : GlobalId.of(Actor.TYPE, statement.speakerSlug));
        fields.put("organisation", statement.organisationSlug == null ? null
                : GlobalId.of(Organisation.TYPE, statement.organisationSlug));
        fields.put("reportedBy", statement.reportedBySlug == null ? null
                : GlobalId.of(Organisation.TYPE, statement.reportedBySlug));
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("en", statement.summaryEn);
        summary.put("ar", statement.summaryAr);
        fields.put("summary", summary);
        fields.put("status", statement.status.name());
        fields.put("quotes", ClaimQuotes.fields(List.of(statement.claim())).getOrDefault(statement.claim(), List.of()));
        return fields;
    }
}
