package org.majlis.presence;

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
    public Map<String, String> move(String type, String from, String into) {
        if (type.equals(Actor.TYPE)) {
            References.repoint(em, from, into, "presence_support.actor");
        } else if (type.equals(Organisation.TYPE)) {
            References.repoint(em, from, into, "presence_support.organisation", "military_presence.force_organisation",
                    "military_presence.sponsor");
        }
        return Map.of();
    }
}
