package org.majlis.presence;

import java.util.List;
import java.util.function.LongSupplier;

import org.eclipse.microprofile.graphql.Description;
import org.majlis.graphql.Connection;
import org.majlis.graphql.Edge;
import org.majlis.graphql.PageRequest;

@Description("A page of military presences, ordered by id.")
public class MilitaryPresenceConnection extends Connection<MilitaryPresence, MilitaryPresenceConnection.MilitaryPresenceEdge> {

    MilitaryPresenceConnection(List<MilitaryPresence> rows, PageRequest page, LongSupplier count) {
        super(rows, page, p -> p.slug, MilitaryPresenceEdge::new, count);
    }

    @Description("A military presence in a page, with its cursor.")
    public static class MilitaryPresenceEdge extends Edge<MilitaryPresence> {
        MilitaryPresenceEdge(String cursor, MilitaryPresence node) {
            super(cursor, node);
        }
    }
}
