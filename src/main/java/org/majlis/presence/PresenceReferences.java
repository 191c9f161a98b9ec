package org.majlis.presence;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.majlis.actor.Actor;
import org.majlis.label.References;
import org.majlis.organisation.Organisation;

/** A presence names its force and sponsor, and the sides it supports; no presence is named after one. */
@ApplicationScoped
class PresenceReferences implements References {

    private final EntityManager em;

    PresenceReferences(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<String> clashes(String type, String from, String into) {
        return List.of();
    }

    @Override
    public Map<String, String> move(String type, String from, String into) {
        // table.column of each reference to a node of the type
        List<String> columns = type.equals(Actor.TYPE) ? List.of("presence_support.actor")
                : type.equals(Organisation.TYPE) ? List.of("presence_support.organisation",
                        "military_presence.force_organisation", "military_presence.sponsor")
                : List.of();
        if (!columns.isEmpty()) {
            em.flush();
            for (String reference : columns) {
                String table = reference.substring(0, reference.indexOf('.'));
                String column = reference.substring(reference.indexOf('.') + 1);
                em.createNativeQuery("update " + table + " set " + column + " = ?1 where " + column + " = ?2")
                        .setParameter(1, into).setParameter(2, from).executeUpdate();
            }
            em.clear();
        }
        return Map.of();
    }
}
