package org.majlis.relationship;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.majlis.actor.Actor;
import org.majlis.label.References;
import org.majlis.organisation.Organisation;

/** A relationship's sides name actors or organisations, and its intermediary an organisation; each has its own slug. */
@ApplicationScoped
class RelationshipReferences implements References {

    private final EntityManager em;

    RelationshipReferences(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<String> clashes(String type, String from, String into) {
        return List.of();
    }

    @Override
    public Map<String, String> move(String type, String from, String into) {
        List<String> columns = type.equals(Actor.TYPE) ? List.of("subject_actor", "object_actor")
                : type.equals(Organisation.TYPE) ? List.of("subject_organisation", "object_organisation", "via")
                : List.of();
        if (!columns.isEmpty()) {
            em.flush();
            for (String column : columns) {
                em.createNativeQuery("update relationship set " + column + " = ?1 where " + column + " = ?2")
                        .setParameter(1, into).setParameter(2, from).executeUpdate();
            }
            em.clear();
        }
        return Map.of();
    }
}
