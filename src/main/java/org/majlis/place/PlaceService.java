package org.majlis.place;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;

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
        sizes.measureRows("Query.places", "place");
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
