package org.majlis.document;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.majlis.label.References;
import org.majlis.organisation.Organisation;

/** A document may name its publisher as an organisation of the graph. */
@ApplicationScoped
class DocumentReferences implements References {

    private final EntityManager em;

    DocumentReferences(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<String> clashes(String type, String from, String into) {
        return List.of();
    }

    @Override
    public Map<String, String> move(String type, String from, String into) {
        if (type.equals(Organisation.TYPE)) {
            em.flush();
            em.createNativeQuery("update document set publisher_organisation = ?1 where publisher_organisation = ?2")
                    .setParameter(1, into).setParameter(2, from).executeUpdate();
            em.clear();
        }
        return Map.of();
    }
}
