package org.majlis.organisation;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.majlis.graphql.GlobalId;
import org.majlis.label.References;

/**
 * An organisation names the one it is part of. A body and one of its parts are two bodies: their merge is refused
 * rather than leave the survivor its own parent.
 */
@ApplicationScoped
class ParentReferences implements References {

    private final EntityManager em;

    ParentReferences(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<String> clashes(String type, String from, String into) {
        if (!type.equals(Organisation.TYPE)) {
            return List.of();
        }
        if (partOf(into, from) || partOf(from, into)) {
            return List.of(GlobalId.of(Organisation.TYPE, from) + " and " + GlobalId.of(Organisation.TYPE, into)
                    + " are a body and one of its parts: change the parent first if they are one");
        }
        return List.of();
    }

    /** Whether {@code part} lies under {@code whole} through its parents. */
    private static boolean partOf(String part, String whole) {
        Organisation node = Organisation.findById(part);
        for (int steps = 0; node != null && node.parentSlug != null && steps < 1000; steps++) {
            if (node.parentSlug.equals(whole)) {
                return true;
            }
            node = Organisation.findById(node.parentSlug);
        }
        return false;
    }

    @Override
    public Map<String, String> move(String type, String from, String into) {
        if (type.equals(Organisation.TYPE)) {
            References.repoint(em, from, into, "organisation.parent");
        }
        return Map.of();
    }
}
