package org.majlis.change;

import java.util.List;
import java.util.function.LongSupplier;

import org.eclipse.microprofile.graphql.Description;
import org.majlis.graphql.Connection;
import org.majlis.graphql.Edge;
import org.majlis.graphql.PageRequest;

@Description("A page of changes, in the order they committed.")
public class ChangeConnection extends Connection<Change, ChangeConnection.ChangeEdge> {

    ChangeConnection(List<Change> rows, PageRequest page, LongSupplier count) {
        super(rows, page, ChangeConnection::key, ChangeEdge::new, count);
    }

    private ChangeConnection(List<Change> whole) {
        super(whole, ChangeConnection::key, ChangeConnection::new);
    }

    /** Each node's changes, whole: a nested list, cut into pages by org.majlis.graphql.NestedPages. */
    public static List<ChangeConnection> nested(List<List<Change>> groups) {
        return groups.stream().map(ChangeConnection::new).toList();
    }

    /** The change's number, zero-padded so that keys sort as numbers do. */
    static String key(Change change) {
        return String.format("%019d", change.sequence);
    }

    @Description("A change in a page, with its cursor.")
    public static class ChangeEdge extends Edge<Change> {
        ChangeEdge(String cursor, Change node) {
            super(cursor, node);
        }
    }
}
