package org.majlis.meeting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.majlis.evidence.ClaimIds;
import org.majlis.evidence.Corroborations;
import org.majlis.graphql.GlobalId;

/**
 * Two meetings found to be one event, reported by different documents: the one that goes becomes sources of the one
 * that stays (its document with what it said, its further reports), its participants' quotes join the survivor's
 * participants (an actor the survivor lacks joins it), its statements and topics follow. The survivor's own fields
 * stay; where the reports differ, its disagreements show it.
 */
final class MeetingMerge {

    private MeetingMerge() {
    }

    /** A document reports an event once: none may report both. */
    static List<String> clashes(String from, String into) {
        return Corroborations.clashes(Meeting.<Meeting> findById(from).ownSource(),
                Meeting.<Meeting> findById(into).ownSource(), "removeMeetingSource");
    }

    /** Folds {@code from} into {@code into}; answers the ids of the participations that changed, old to new. */
    static Map<String, String> fold(EntityManager em, String from, String into) {
        Meeting gone = Meeting.findById(from);
        Meeting stays = Meeting.findById(into);
        Corroborations.fold(em, gone.ownSource(), stays.claim());
        Map<String, String> moved = new LinkedHashMap<>();
        int ordinal = Participation.forMeetings(List.of(into)).stream().mapToInt(p -> p.ordinal + 1).max().orElse(0);
        for (Participation p : Participation.forMeetings(List.of(from))) {
            String newSlug = GlobalId.key(into, p.actorSlug);
            if (Participation.findById(newSlug) == null) {
                em.createNativeQuery("update participation set id = ?1, meeting = ?2, ordinal = ?3 where id = ?4")
                        .setParameter(1, newSlug).setParameter(2, into).setParameter(3, ordinal++).setParameter(4, p.slug)
                        .executeUpdate();
            }
            String newClaim = GlobalId.of(Participation.TYPE, newSlug);
            ClaimIds.moveQuotes(em, p.claim(), newClaim);
            Corroborations.alignSourceOrdinals(em, stays.claim(), newClaim);
            em.createNativeQuery("delete from participation where id = ?1").setParameter(1, p.slug).executeUpdate();
            moved.put(p.getId(), newClaim);
        }
        em.createNativeQuery("update statement set meeting = ?1 where meeting = ?2").setParameter(1, into)
                .setParameter(2, from).executeUpdate();
        List<String> topics = new ArrayList<>(MeetingTopic.forMeetings(List.of(into)).stream().map(t -> t.topic).toList());
        int next = topics.size();
        for (MeetingTopic topic : MeetingTopic.forMeetings(List.of(from))) {
            if (!topics.contains(topic.topic)) {
                topics.add(topic.topic);
                em.createNativeQuery("insert into meeting_topic (meeting, ordinal, topic) values (?1, ?2, ?3)")
                        .setParameter(1, into).setParameter(2, next++).setParameter(3, topic.topic).executeUpdate();
            }
        }
        em.createNativeQuery("delete from meeting_topic where meeting = ?1").setParameter(1, from).executeUpdate();
        em.clear();
        return moved;
    }
}
