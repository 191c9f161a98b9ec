package org.majlis.presence;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.majlis.actor.ActorReferences;

/** A presence's supported sides may name actors; no presence is named after one. */
@ApplicationScoped
class PresenceReferences implements ActorReferences {

    private final EntityManager em;

    PresenceReferences(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<String> clashes(String from, String into) {
        return List.of();
    }

    @Override
    public Map<String, String> move(String from, String into) {
        em.flush();
        em.createNativeQuery("update presence_support set actor = ?1 where actor = ?2").setParameter(1, into)
                .setParameter(2, from).executeUpdate();
        em.clear();
        return Map.of();
    }
}
