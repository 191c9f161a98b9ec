package org.majlis.meeting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.majlis.actor.ActorReferences;
import org.majlis.evidence.ClaimIds;
import org.majlis.graphql.GlobalId;

/** Participations are named after their actor (meeting.actor); statements name their speaker. */
@ApplicationScoped
class MeetingReferences implements ActorReferences {

    private final EntityManager em;

    MeetingReferences(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<String> clashes(String from, String into) {
        return Participation.<Participation> list("actorSlug", from).stream()
                .filter(p -> Participation.findById(GlobalId.key(p.meetingSlug, into)) != null)
                .map(p -> "both take part in " + GlobalId.of(Meeting.TYPE, p.meetingSlug) + ": edit its participants "
                        + "to one first")
                .toList();
    }

    @Override
    public Map<String, String> move(String from, String into) {
        List<Participation> participations = Participation.list("actorSlug", from);
        em.flush();
        Map<String, String> moved = new LinkedHashMap<>();
        for (Participation p : participations) {
            String newSlug = GlobalId.key(p.meetingSlug, into);
            em.createNativeQuery("update participation set id = ?1, actor = ?2 where id = ?3")
                    .setParameter(1, newSlug).setParameter(2, into).setParameter(3, p.slug).executeUpdate();
            ClaimIds.moveQuotes(em, p.claim(), GlobalId.of(Participation.TYPE, newSlug));
            moved.put(p.getId(), GlobalId.of(Participation.TYPE, newSlug));
        }
        em.createNativeQuery("update statement set speaker = ?1 where speaker = ?2").setParameter(1, into)
                .setParameter(2, from).executeUpdate();
        em.clear();
        return moved;
    }
}
