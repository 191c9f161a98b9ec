package org.majlis.place;

import java.util.List;
import java.util.function.LongSupplier;

import org.eclipse.microprofile.graphql.Description;
import org.majlis.graphql.Connection;
import org.majlis.graphql.Edge;
import org.majlis.graphql.PageRequest;

@Description("A page of places, ordered by id.")
public class PlaceConnection extends Connection<Place, PlaceConnection.PlaceEdge> {

    PlaceConnection(List<Place> rows, PageRequest page, LongSupplier count) {
        super(rows, page, p -> p.slug, PlaceEdge::new, count);
    }

    @Description("A place in a page, with its cursor.")
    public static class PlaceEdge extends Edge<Place> {
        PlaceEdge(String cursor, Place node) {
            super(cursor, node);
        }
    }
}
