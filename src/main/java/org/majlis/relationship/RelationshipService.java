package org.majlis.relationship;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Produces;

import org.majlis.evidence.ClaimSource;
import org.majlis.events.GraphChanged;
import org.majlis.events.SeedsImported;
import org.majlis.graphql.InvalidArgumentException;
import org.majlis.graphql.ListQuery;
import org.majlis.graphql.ListSizes;
import org.majlis.graphql.NodeFinder;
import org.majlis.graphql.PageRequest;
import org.majlis.party.PartyRef;

/** Reads relationships. */
@ApplicationScoped
public class RelationshipService {

    private final ListSizes sizes;

    public RelationshipService(ListSizes sizes) {
        this.sizes = sizes;
    }

    /** Relationships for node(id:) and nodes(ids:). */
    @Produces
    NodeFinder relationshipNodes() {
        return NodeFinder.of(Relationship.TYPE, Relationship::findBySlugs);
    }

    void measureLists(@Observes SeedsImported imported) {
        measureLists();
    }

    void measureLists(@Observes(during = TransactionPhase.AFTER_SUCCESS) GraphChanged changed) {
        if (changed.type().equals(Relationship.TYPE)) {
            sizes.soon(getClass().getName(), this::measureLists);
        }
    }

    private void measureLists() {
        sizes.measureRows("Query.relationships", "relationship");
        // At most one problem per field of the input, but for each quote's.
        sizes.record("RelationshipPayload.userErrors", List.of(RelationshipWrites.INPUT_FIELDS));
        sizes.measure("Relationship.history",
                "select count(*) from graph_change where node_id like 'Relationship:%' group by node_id");
        sizes.measure("Document.relationships", ClaimSource.reportsPerDocument("relationship", Relationship.TYPE));
    }

    public RelationshipConnection page(RelationshipFilter filter, PageRequest page) throws InvalidArgumentException {
        ListQuery where = new ListQuery();
        if (filter != null) {
            if (filter.party != null) {
                PartyRef party = PartyRef.ofId(filter.party, "filter.party");
                where.and("(" + party.matches("r.subjectRef", "party") + " or " + party.matches("r.objectRef", "party") + ")",
                        "party", party.slug());
            }
            where.and("r.kind = :kind", "kind", filter.kind);
            where.and("r.status = :status", "status", filter.status);
        }
        return new RelationshipConnection(where.pageBySlug(Relationship.class, "Relationship r", page), page, () -> where.count("Relationship r"));
    }
}
