package org.majlis.place;

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

/** Reads places. */
@ApplicationScoped
public class PlaceService {

    private final ListSizes sizes;

    public PlaceService(ListSizes sizes) {
        this.sizes = sizes;
    }

    /** Places for node(id:) and nodes(ids:). */
    @Produces
    NodeFinder placeNodes() {
        return NodeFinder.of(Place.TYPE, Place::findBySlugs);
    }

    void measureLists(@Observes SeedsImported imported) {
        measureLists();
    }

    void measureLists(@Observes(during = TransactionPhase.AFTER_SUCCESS) GraphChanged changed) {
        if (changed.type().equals(Place.TYPE)) {
            sizes.soon(getClass().getName(), this::measureLists);
        }
    }

    private void measureLists() {
        sizes.measureRows("Query.places", "place");
        // At most one problem per field of the input, but for each name's and alias's.
        sizes.record("PlacePayload.userErrors", List.of(PlaceWrites.INPUT_FIELDS));
        sizes.measure("Place.history", "select count(*) from graph_change where node_id like 'Place:%' group by node_id");
    }

    public PlaceConnection page(PlaceFilter filter, PageRequest page) {
        ListQuery where = new ListQuery();
        if (filter != null) {
            where.and("p.kind = :kind", "kind", filter.kind);
            where.and("p.country = :country", "country", filter.country == null ? null : filter.country.toUpperCase(Locale.ROOT));
        }
        return new PlaceConnection(where.pageBySlug(Place.class, "Place p", page), page, () -> where.count("Place p"));
    }
}
