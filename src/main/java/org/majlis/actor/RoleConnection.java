package org.majlis.actor;

import java.util.List;
import java.util.function.LongSupplier;

import org.eclipse.microprofile.graphql.Description;
import org.majlis.graphql.Connection;
import org.majlis.graphql.Edge;
import org.majlis.graphql.PageRequest;

@Description("A page of roles, by the document that reports them and their place in it.")
public class RoleConnection extends Connection<Role, RoleConnection.RoleEdge> {

    private RoleConnection(List<Role> rows, PageRequest page, LongSupplier count) {
        super(rows, page, RoleConnection::key, RoleEdge::new, count);
    }

    private RoleConnection(List<Role> whole) {
        super(whole, RoleConnection::key, RoleConnection::new);
    }

    /** Each parent's roles, whole: a nested list, cut into pages by org.majlis.graphql.NestedPages. */
    public static List<RoleConnection> nested(List<List<Role>> groups) {
        return groups.stream().map(RoleConnection::new).toList();
    }

    private static String key(Role role) {
        return role.documentSlug + "|" + String.format("%010d", role.ordinal);
    }

    @Description("A role in a page, with its cursor.")
    public static class RoleEdge extends Edge<Role> {
        RoleEdge(String cursor, Role node) {
            super(cursor, node);
        }
    }
}
