package org.majlis.relationship;

import java.util.List;
import java.util.function.LongSupplier;

import org.eclipse.microprofile.graphql.Description;
import org.majlis.graphql.Connection;
import org.majlis.graphql.Edge;
import org.majlis.graphql.PageRequest;

@Description("A page of relationships, ordered by id.")
public class RelationshipConnection extends Connection<Relationship, RelationshipConnection.RelationshipEdge> {

    RelationshipConnection(List<Relationship> rows, PageRequest page, LongSupplier count) {
        super(rows, page, r -> r.slug, RelationshipEdge::new, count);
    }

    private RelationshipConnection(List<Relationship> whole) {
        super(whole, r -> r.slug, RelationshipConnection::new);
    }

    /** Each parent's relationships, whole, by id: a nested list, cut into pages by org.majlis.graphql.NestedPages. */
    public static List<RelationshipConnection> nested(List<List<Relationship>> groups) {
        return groups.stream().map(RelationshipConnection::new).toList();
    }

    @Description("A relationship in a page, with its cursor.")
    public static class RelationshipEdge extends Edge<Relationship> {
        RelationshipEdge(String cursor, Relationship node) {
            super(cursor, node);
        }
    }
}
