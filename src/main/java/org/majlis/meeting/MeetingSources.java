package org.majlis.meeting;

import static org.majlis.graphql.InputErrors.field;

import java.util.List;

import org.majlis.document.Document;
import org.majlis.evidence.ClaimQuotes;
import org.majlis.evidence.ClaimSource;
import org.majlis.evidence.Corroborations;
import org.majlis.evidence.Evidence;
import org.majlis.evidence.RemoveSourceInput;
import org.majlis.graphql.GlobalId;
import org.majlis.graphql.InputErrors;
import org.majlis.graphql.UserError;

/**
 * A meeting's further reports: what every claim's report gives ({@link Corroborations}), and what a meeting's adds,
 * its quotes of the participants (one the meeting lacks joins it) and the statements that quote it, which must go
 * first before the report is taken off.
 */
final class MeetingSources {

    private MeetingSources() {
    }

    /** Joins the report, then its participants' quotes; the problems, if any, which roll the whole edit back. */
    static List<UserError> add(Meeting meeting, AddMeetingSourceInput input) {
        List<UserError> problems = Corroborations.add(meeting.claim(), meeting.documentSlug, meeting.status, true, input);
        if (!problems.isEmpty() || input.participants == null || input.participants.isEmpty()) {
            return problems;
        }
        ClaimSource source = ClaimSource.find(meeting.claim(), new InputErrors().slugOf(input.document, Document.TYPE,
                field("document")));
        Document document = Document.findById(source.documentSlug);
        InputErrors errors = new InputErrors();
        List<MeetingWrites.Part> parts = MeetingWrites.participants(input.participants, document.text, errors);
        if (!errors.isEmpty()) {
            return errors.list();
        }
        int ordinal = Participation.forMeetings(List.of(meeting.slug)).stream().mapToInt(p -> p.ordinal + 1).max().orElse(0);
        for (MeetingWrites.Part part : parts) {
            Participation participation = Participation.findById(GlobalId.key(meeting.slug, part.actorSlug()));
            if (participation == null) {
                participation = MeetingWrites.participation(meeting, part, ordinal++);
            }
            ClaimQuotes.write(participation.claim(), document.slug, source.ordinal, part.quotes());
        }
        return List.of();
    }

    /**
     * Takes the report off with its quotes of the meeting and of its participants (a participant only it named goes);
     * refused while statements quote it.
     */
    static List<UserError> remove(Meeting meeting, RemoveSourceInput input) {
        String document = new InputErrors().slugOf(input.document, Document.TYPE, field("document"));
        List<String> standing = Statement.<Statement> list("meetingSlug = ?1 and documentSlug = ?2", meeting.slug,
                document).stream().map(Statement::getId).toList();
        if (!standing.isEmpty()) {
            return List.of(new UserError("INVALID", field("document"), "The statements " + String.join(", ", standing)
                    + " quote " + input.document + " at this meeting: retract them first (retractStatement)."));
        }
        List<UserError> problems = Corroborations.remove(meeting.claim(), meeting.documentSlug, input);
        if (problems.isEmpty()) {
            List<Participation> participations = Participation.forMeetings(List.of(meeting.slug));
            ClaimQuotes.removeIn(participations.stream().map(Participation::claim).toList(), document);
            for (Participation p : participations) {
                if (Evidence.forClaims(List.of(p.claim())).isEmpty()) {
                    p.delete();
                }
            }
        }
        return problems;
    }
}
