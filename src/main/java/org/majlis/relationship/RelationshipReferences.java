package org.majlis.relationship;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.majlis.actor.Actor;
import org.majlis.evidence.Corroborations;
import org.majlis.label.References;
import org.majlis.organisation.Organisation;

/**
 * A relationship's sides name actors or organisations, and its intermediary an organisation; each has its own slug. A
 * relationship found to be another reported again is folded into it: its reports become the survivor's sources.
 */
@ApplicationScoped
class RelationshipReferences implements References {

    private final EntityManager em;

    RelationshipReferences(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<String> clashes(String type, String from, String into) {
        return type.equals(Relationship.TYPE) ? Corroborations.clashes(Relationship.<Relationship> findById(from)
                .ownSource(), Relationship.<Relationship> findById(into).ownSource(), "removeRelationshipSource")
                : List.of();
    }

    @Override
    public Map<String, String> move(String type, String from, String into) {
        if (type.equals(Relationship.TYPE)) {
            Corroborations.fold(em, Relationship.<Relationship> findById(from).ownSource(),
                    Relationship.<Relationship> findById(into).claim());
        } else if (type.equals(Actor.TYPE)) {
            References.repoint(em, from, into, "relationship.subject_actor", "relationship.object_actor");
        } else if (type.equals(Organisation.TYPE)) {
            References.repoint(em, from, into, "relationship.subject_organisation", "relationship.object_organisation",
                    "relationship.via");
        }
        return Map.of();
    }
}
