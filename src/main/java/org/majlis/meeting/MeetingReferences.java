package org.majlis.meeting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.majlis.actor.Actor;
import org.majlis.evidence.ClaimIds;
import org.majlis.graphql.GlobalId;
import org.majlis.label.References;
import org.majlis.organisation.Organisation;

/**
 * Participations are named after their actor (meeting.actor) and name whom they acted for; statements name their
 * speaker, organisation and reporter; and a meeting found to be another is folded into it ({@link MeetingMerge}).
 */
@ApplicationScoped
class MeetingReferences implements References {

    private final EntityManager em;

    MeetingReferences(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<String> clashes(String type, String from, String into) {
        if (type.equals(Meeting.TYPE)) {
            return MeetingMerge.clashes(from, into);
        }
        if (!type.equals(Actor.TYPE)) {
            return List.of();
        }
        return Participation.<Participation> list("actorSlug", from).stream()
                .filter(p -> Participation.findById(GlobalId.key(p.meetingSlug, into)) != null)
                .map(p -> "both take part in " + GlobalId.of(Meeting.TYPE, p.meetingSlug) + ": edit its participants "
                        + "to one first")
                .toList();
    }

    @Override
    public Map<String, String> move(String type, String from, String into) {
        Map<String, String> moved = new LinkedHashMap<>();
        if (type.equals(Actor.TYPE)) {
            List<Participation> participations = Participation.list("actorSlug", from);
            em.flush();
            for (Participation p : participations) {
                String newSlug = GlobalId.key(p.meetingSlug, into);
                em.createNativeQuery("update participation set id = ?1, actor = ?2 where id = ?3")
                        .setParameter(1, newSlug).setParameter(2, into).setParameter(3, p.slug).executeUpdate();
                ClaimIds.moveQuotes(em, p.claim(), GlobalId.of(Participation.TYPE, newSlug));
                moved.put(p.getId(), GlobalId.of(Participation.TYPE, newSlug));
            }
            References.repoint(em, from, into, "statement.speaker");
        } else if (type.equals(Meeting.TYPE)) {
            moved.putAll(MeetingMerge.fold(em, from, into));
        } else if (type.equals(Organisation.TYPE)) {
            References.repoint(em, from, into, "participation.on_behalf_of", "statement.organisation",
                    "statement.reported_by");
        }
        return moved;
    }
}
