package org.majlis.document;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Produces;

import org.majlis.events.GraphChanged;
import org.majlis.events.SeedsImported;
import org.majlis.graphql.ListQuery;
import org.majlis.graphql.ListSizes;
import org.majlis.graphql.NodeFinder;
import org.majlis.graphql.PageRequest;

/** Reads the source documents. */
@ApplicationScoped
public class DocumentService {

    private final ListSizes sizes;

    public DocumentService(ListSizes sizes) {
        this.sizes = sizes;
    }

    /** Documents for node(id:) and nodes(ids:). */
    @Produces
    NodeFinder documentNodes() {
        return NodeFinder.of(Document.TYPE, Document::findBySlugs);
    }

    void measureLists(@Observes SeedsImported imported) {
        measureLists();
    }

    void measureLists(@Observes(during = TransactionPhase.AFTER_SUCCESS) GraphChanged changed) {
        if (changed.type().equals(Document.TYPE)) {
            sizes.soon(getClass().getName(), this::measureLists);
        }
    }

    private void measureLists() {
        sizes.measureRows("Query.documents", "document");
        // At most one problem per field of the input: its length does not depend on the data.
        sizes.record("DocumentPayload.userErrors", List.of(DocumentRules.INPUT_FIELDS));
        sizes.measure("Document.history", "select count(*) from graph_change where node_id like 'Document:%' group by node_id");
    }

    public DocumentConnection page(PageRequest page) {
        ListQuery all = new ListQuery();
        return new DocumentConnection(all.pageBySlug(Document.class, "Document d", page), page, () -> all.count("Document d"));
    }
}
