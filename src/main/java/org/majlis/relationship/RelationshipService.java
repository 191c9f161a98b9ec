package org.majlis.relationship;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;

import org.majlis.actor.Actor;
import org.majlis.events.SeedsImported;
import org.majlis.graphql.GlobalId;
import org.majlis.graphql.InvalidArgumentException;
import org.majlis.graphql.ListQuery;
import org.majlis.graphql.ListSizes;
import org.majlis.graphql.NodeFinder;
import org.majlis.graphql.PageRequest;
import org.majlis.organisation.Organisation;

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
        sizes.measureRows("Query.relationships", "Relationship");
    }

    public RelationshipConnection page(RelationshipFilter filter, PageRequest page) throws InvalidArgumentException {
        ListQuery where = new ListQuery();
        if (filter != null) {
            if (filter.party != null) {
                GlobalId id = GlobalId.parse(filter.party);
                String side = switch (id.type()) {
                    case Actor.TYPE -> "(r.subjectActorSlug = :party or r.objectActorSlug = :party)";
                    case Organisation.TYPE -> "(r.subjectOrganisationSlug = :party or r.objectOrganisationSlug = :party)";
                    default -> throw new InvalidArgumentException(
                            "filter.party must be an id of an Actor or an Organisation, not '" + filter.party + "'");
                };
                where.and(side, "party", id.slug());
            }
            where.and("r.kind = :kind", "kind", filter.kind);
            where.and("r.status = :status", "status", filter.status);
        }
        ListQuery counted = where.copy();
        where.and("r.slug > :after", "after", page.afterKey());
        List<Relationship> rows = Relationship.<Relationship> find("from Relationship r where " + where.where() + " order by r.slug",
                where.parameters()).range(0, page.first()).list();
        return new RelationshipConnection(rows, page,
                () -> Relationship.count("from Relationship r where " + counted.where(), counted.parameters()));
    }
}
