package org.majlis.actor;

import java.util.List;
import java.util.function.LongSupplier;

import org.eclipse.microprofile.graphql.Description;
import org.majlis.graphql.Connection;
import org.majlis.graphql.Edge;
import org.majlis.graphql.PageRequest;

@Description("A page of actors, ordered by id.")
public class ActorConnection extends Connection<Actor, ActorConnection.ActorEdge> {

    ActorConnection(List<Actor> rows, PageRequest page, LongSupplier count) {
        super(rows, page, a -> a.slug, ActorEdge::new, count);
    }

    @Description("An actor in a page, with its cursor.")
    public static class ActorEdge extends Edge<Actor> {
        ActorEdge(String cursor, Actor node) {
            super(cursor, node);
        }
    }
}
