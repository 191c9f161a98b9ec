package org.majlis.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;

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
        sizes.measureRows("Query.documents", "document");
    }

    public DocumentConnection page(PageRequest page) {
        ListQuery all = new ListQuery();
        return new DocumentConnection(all.pageBySlug(Document.class, "Document d", page), page, () -> all.count("Document d"));
    }
}
