package org.majlis.document;

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
    public Map<String, String> move(String type, String from, String into) {
        if (type.equals(Organisation.TYPE)) {
            References.repoint(em, from, into, "document.publisher_organisation");
        }
        return Map.of();
    }
}
