package org.majlis.organisation;

import java.util.List;
import java.util.function.LongSupplier;

import org.eclipse.microprofile.graphql.Description;
import org.majlis.graphql.Connection;
import org.majlis.graphql.Edge;
import org.majlis.graphql.PageRequest;

@Description("A page of organisations, ordered by id.")
public class OrganisationConnection extends Connection<Organisation, OrganisationConnection.OrganisationEdge> {

    OrganisationConnection(List<Organisation> rows, PageRequest page, LongSupplier count) {
        super(rows, page, o -> o.slug, OrganisationEdge::new, count);
    }

    @Description("An organisation in a page, with its cursor.")
    public static class OrganisationEdge extends Edge<Organisation> {
        OrganisationEdge(String cursor, Organisation node) {
            super(cursor, node);
        }
    }
}
