package org.majlis.organisation;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Produces;

import org.majlis.events.GraphChanged;
import org.majlis.events.SeedsImported;
import org.majlis.graphql.ListQuery;
import org.majlis.graphql.ListSizes;
import org.majlis.graphql.NodeFinder;
import org.majlis.graphql.PageRequest;

/** Reads organisations. */
@ApplicationScoped
public class OrganisationService {

    private final ListSizes sizes;

    public OrganisationService(ListSizes sizes) {
        this.sizes = sizes;
    }

    /** Organisations for node(id:) and nodes(ids:). */
    @Produces
    NodeFinder organisationNodes() {
        return NodeFinder.of(Organisation.TYPE, Organisation::findBySlugs);
    }

    void measureLists(@Observes SeedsImported imported) {
        measureLists();
    }

    void measureLists(@Observes(during = TransactionPhase.AFTER_SUCCESS) GraphChanged changed) {
        if (changed.type().equals(Organisation.TYPE)) {
            sizes.soon(getClass().getName(), this::measureLists);
        }
    }

    private void measureLists() {
        sizes.measureRows("Query.organisations", "organisation");
        // At most one problem per field of the input, but for each name's and alias's.
        sizes.record("OrganisationPayload.userErrors", List.of(OrganisationWrites.INPUT_FIELDS));
        sizes.measure("Organisation.history", "select count(*) from graph_change where node_id like 'Organisation:%' group by node_id");
    }

    public OrganisationConnection page(OrganisationFilter filter, PageRequest page) {
        ListQuery where = new ListQuery();
        if (filter != null) {
            where.and("exists (select 1 from Label l where l.nodeId = concat('Organisation:', o.slug) and lower(l.text) like :name)",
                    "name", filter.name == null ? null : "%" + filter.name.toLowerCase(Locale.ROOT) + "%");
            where.and("o.kind = :kind", "kind", filter.kind);
            where.and("o.country = :country", "country", filter.country == null ? null : filter.country.toUpperCase(Locale.ROOT));
        }
        return new OrganisationConnection(where.pageBySlug(Organisation.class, "Organisation o", page), page, () -> where.count("Organisation o"));
    }
}
