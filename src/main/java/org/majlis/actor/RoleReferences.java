package org.majlis.actor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.majlis.evidence.ClaimIds;
import org.majlis.evidence.Corroborations;
import org.majlis.graphql.GlobalId;
import org.majlis.label.References;
import org.majlis.organisation.Organisation;

/**
 * Roles name their holder and their organisation, and a role without a key is named after both (Role.slugOf). A role
 * found to be another reported again is folded into it: its reports become the survivor's sources.
 */
@ApplicationScoped
class RoleReferences implements References {

    private final EntityManager em;

    RoleReferences(EntityManager em) {
        this.em = em;
    }

    private record Move(Role role, String newSlug, String actor, String organisation) {
    }

    private List<Move> moves(String type, String from, String into) {
        List<Move> moves = new ArrayList<>();
        boolean actors = type.equals(Actor.TYPE);
        if (!actors && !type.equals(Organisation.TYPE)) {
            return moves;
        }
        for (Role role : Role.<Role> list(actors ? "actorSlug" : "organisationSlug", from)) {
            String actor = actors ? into : role.actorSlug;
            String organisation = actors ? role.organisationSlug : into;
            boolean named = role.slug.equals(Role.slugOf(role.documentSlug, null, role.actorSlug, role.organisationSlug));
            moves.add(new Move(role, named ? Role.slugOf(role.documentSlug, null, actor, organisation) : role.slug, actor,
                    organisation));
        }
        return moves;
    }

    @Override
    public List<String> clashes(String type, String from, String into) {
        if (type.equals(Role.TYPE)) {
            return Corroborations.clashes(Role.<Role> findById(from).ownSource(), Role.<Role> findById(into).ownSource(),
                    "removeRoleSource");
        }
        return moves(type, from, into).stream()
                .filter(m -> !m.newSlug.equals(m.role.slug) && Role.findById(m.newSlug) != null)
                .map(m -> GlobalId.of(Role.TYPE, m.role.slug) + " and " + GlobalId.of(Role.TYPE, m.newSlug)
                        + " are one post in one document: retract one first")
                .toList();
    }

    @Override
    public Map<String, String> move(String type, String from, String into) {
        if (type.equals(Role.TYPE)) {
            Corroborations.fold(em, Role.<Role> findById(from).ownSource(), Role.<Role> findById(into).claim());
            return Map.of();
        }
        List<Move> moves = moves(type, from, into);
        Map<String, String> moved = new LinkedHashMap<>();
        if (moves.isEmpty()) {
            return moved;
        }
        em.flush();
        for (Move m : moves) {
            em.createNativeQuery("update role set id = ?1, actor = ?2, organisation = ?3 where id = ?4")
                    .setParameter(1, m.newSlug).setParameter(2, m.actor).setParameter(3, m.organisation)
                    .setParameter(4, m.role.slug).executeUpdate();
            if (!m.newSlug.equals(m.role.slug)) {
                ClaimIds.moveQuotes(em, m.role.claim(), GlobalId.of(Role.TYPE, m.newSlug));
                moved.put(GlobalId.of(Role.TYPE, m.role.slug), GlobalId.of(Role.TYPE, m.newSlug));
            }
        }
        em.clear();
        return moved;
    }
}
