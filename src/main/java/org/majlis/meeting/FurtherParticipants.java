package org.majlis.meeting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.majlis.evidence.ClaimQuotes;
import org.majlis.evidence.Evidence;
import org.majlis.graphql.GlobalId;

/**
 * What a meeting's further reports say of its participants (their quotes, from a merge or a seed file's sources),
 * kept across an edit that replaces the participants its own document gives: an edit of one report's account never
 * takes another's away. A participant whom only a further report names stays, with the part it gave them.
 */
final class FurtherParticipants {

    private FurtherParticipants() {
    }

    /** One further report's quotes of one participant. */
    record Kept(String actorSlug, ParticipantRole role, String onBehalfOfSlug, String documentSlug, int sourceOrdinal,
            List<ClaimQuotes.Span> quotes) {
    }

    /** The quotes of the meeting's participants that are not of its own document, by participant and document. */
    static List<Kept> of(Meeting meeting) {
        List<Participation> participations = Participation.forMeetings(List.of(meeting.slug));
        Map<String, Participation> byClaim = new LinkedHashMap<>();
        participations.forEach(p -> byClaim.put(p.claim(), p));
        Map<String, Kept> kept = new LinkedHashMap<>();
        for (Evidence e : Evidence.forClaims(byClaim.keySet())) {
            if (!e.documentSlug.equals(meeting.documentSlug)) {
                Participation p = byClaim.get(e.claim);
                kept.computeIfAbsent(e.claim + "@" + e.documentSlug, k -> new Kept(p.actorSlug, p.role, p.onBehalfOfSlug,
                        e.documentSlug, e.sourceOrdinal, new ArrayList<>()))
                        .quotes().add(new ClaimQuotes.Span(e.quote, e.startOffset, e.endOffset));
            }
        }
        return new ArrayList<>(kept.values());
    }

    /** Writes the kept quotes back, under the participant the edit left, or one made again as the report gave it. */
    static void restore(Meeting meeting, List<Kept> kept) {
        int ordinal = Participation.forMeetings(List.of(meeting.slug)).stream().mapToInt(p -> p.ordinal + 1).max().orElse(0);
        for (Kept k : kept) {
            String slug = GlobalId.key(meeting.slug, k.actorSlug());
            Participation participation = Participation.findById(slug);
            if (participation == null) {
                participation = new Participation();
                participation.slug = slug;
                participation.meetingSlug = meeting.slug;
                participation.actorSlug = k.actorSlug();
                participation.onBehalfOfSlug = k.onBehalfOfSlug();
                participation.role = k.role();
                participation.ordinal = ordinal++;
                participation.persist();
            }
            ClaimQuotes.write(participation.claim(), k.documentSlug(), k.sourceOrdinal(), k.quotes());
        }
    }
}
