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

    private MilitaryPresenceConnection(List<MilitaryPresence> whole) {
        super(whole, p -> p.slug, MilitaryPresenceConnection::new);
    }

    /** Each parent's presences, whole, by id: a nested list, cut into pages by org.majlis.graphql.NestedPages. */
    public static List<MilitaryPresenceConnection> nested(List<List<MilitaryPresence>> groups) {
        return groups.stream().map(MilitaryPresenceConnection::new).toList();
    }

    @Description("A military presence in a page, with its cursor.")
    public static class MilitaryPresenceEdge extends Edge<MilitaryPresence> {
        MilitaryPresenceEdge(String cursor, MilitaryPresence node) {
            super(cursor, node);
        }
    }
}
