package org.majlis.document;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;

import org.majlis.events.SeedsImported;
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
        sizes.measureRows("Query.documents", "Document");
    }

    public DocumentConnection page(PageRequest page) {
        List<Document> rows = page.afterKey() == null
                ? Document.<Document> find("order by slug").range(0, page.first()).list()
                : Document.<Document> find("slug > ?1 order by slug", page.afterKey()).range(0, page.first()).list();
        return new DocumentConnection(rows, page, () -> Document.count());
    }
}
