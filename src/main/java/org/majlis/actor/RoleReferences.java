package org.majlis.actor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.majlis.evidence.ClaimIds;
import org.majlis.graphql.GlobalId;

/** Roles name their holder, and a role without a key is named after them (Role.slugOf). */
@ApplicationScoped
class RoleReferences implements ActorReferences {

    private final EntityManager em;

    RoleReferences(EntityManager em) {
        this.em = em;
    }

    private record Move(Role role, String newSlug) {
    }

    private List<Move> moves(String from, String into) {
        List<Move> moves = new ArrayList<>();
        for (Role role : Role.<Role> list("actorSlug", from)) {
            boolean named = role.slug.equals(Role.slugOf(role.documentSlug, null, from, role.organisationSlug));
            moves.add(new Move(role, named ? Role.slugOf(role.documentSlug, null, into, role.organisationSlug) : role.slug));
        }
        return moves;
    }

    @Override
    public List<String> clashes(String from, String into) {
        return moves(from, into).stream().filter(m -> !m.newSlug.equals(m.role.slug) && Role.findById(m.newSlug) != null)
                .map(m -> GlobalId.of(Role.TYPE, m.role.slug) + " and " + GlobalId.of(Role.TYPE, m.newSlug)
                        + " are one post in one document: retract one first")
                .toList();
    }

    @Override
    public Map<String, String> move(String from, String into) {
        List<Move> moves = moves(from, into);
        em.flush();
        Map<String, String> moved = new LinkedHashMap<>();
        for (Move m : moves) {
            em.createNativeQuery("update role set id = ?1, actor = ?2 where id = ?3")
                    .setParameter(1, m.newSlug).setParameter(2, into).setParameter(3, m.role.slug).executeUpdate();
            if (!m.newSlug.equals(m.role.slug)) {
                ClaimIds.moveQuotes(em, m.role.claim(), GlobalId.of(Role.TYPE, m.newSlug));
                moved.put(GlobalId.of(Role.TYPE, m.role.slug), GlobalId.of(Role.TYPE, m.newSlug));
            }
        }
        em.clear();
        return moved;
    }
}
