package org.majlis.evidence;

import jakarta.persistence.EntityManager;

/**
 * Gives a claim a new id when what it is made of changed under it (a merge): its quotes follow it, each keeping its
 * passage. In SQL, after a flush, since an entity's id does not change in JPA.
 */
public final class ClaimIds {

    private ClaimIds() {
    }

    /**
     * Moves the quotes and further sources of one claim to another reference ({@link Claims#ref}); the quotes' ids
     * keep the passage.
     */
    public static void moveQuotes(EntityManager em, String oldClaim, String newClaim) {
        em.createNativeQuery("update evidence set id = ?1 || substring(id, ?2), claim = ?1 where claim = ?3")
                .setParameter(1, newClaim).setParameter(2, oldClaim.length() + 1).setParameter(3, oldClaim)
                .executeUpdate();
        em.createNativeQuery("update claim_source set claim = ?1 where claim = ?2")
                .setParameter(1, newClaim).setParameter(2, oldClaim).executeUpdate();
    }
}
