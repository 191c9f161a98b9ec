package org.majlis.relationship;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.majlis.actor.ActorReferences;

/** A relationship's sides may name actors; relationships carry slugs of their own. */
@ApplicationScoped
class RelationshipReferences implements ActorReferences {

    private final EntityManager em;

    RelationshipReferences(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<String> clashes(String from, String into) {
        return List.of();
    }

    @Override
    public Map<String, String> move(String from, String into) {
        em.flush();
        for (String side : List.of("subject_actor", "object_actor")) {
            em.createNativeQuery("update relationship set " + side + " = ?1 where " + side + " = ?2").setParameter(1, into)
                    .setParameter(2, from).executeUpdate();
        }
        em.clear();
        return Map.of();
    }
}
