package org.majlis.document;

import java.util.List;
import java.util.function.LongSupplier;

import org.eclipse.microprofile.graphql.Description;
import org.majlis.graphql.Connection;
import org.majlis.graphql.Edge;
import org.majlis.graphql.PageRequest;

@Description("A page of documents, ordered by id.")
public class DocumentConnection extends Connection<Document, DocumentConnection.DocumentEdge> {

    DocumentConnection(List<Document> rows, PageRequest page, LongSupplier count) {
        super(rows, page, d -> d.slug, DocumentEdge::new, count);
    }

    @Description("A document in a page, with its cursor.")
    public static class DocumentEdge extends Edge<Document> {
        DocumentEdge(String cursor, Document node) {
            super(cursor, node);
        }
    }
}
