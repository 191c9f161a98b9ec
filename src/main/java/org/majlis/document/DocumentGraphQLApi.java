package org.majlis.document;

import java.util.List;

import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.GraphQLException;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.majlis.evidence.Evidence;
import org.majlis.graphql.Batch;
import org.majlis.graphql.ListSizes;
import org.majlis.graphql.PageRequest;
import org.majlis.organisation.Organisation;
import org.majlis.seed.SeedsImported;

/** Source documents, and the documents that evidence quotes come from. */
@GraphQLApi
public class DocumentGraphQLApi {

    private final ListSizes sizes;

    public DocumentGraphQLApi(ListSizes sizes) {
        this.sizes = sizes;
    }

    void measureLists(@Observes SeedsImported imported) {
        sizes.measureRows("Query.documents", "Document");
    }

    @Query
    @NonNull
    @Description("The source documents, by id; forward paging with first (at most 100) and after.")
    public DocumentConnection documents(
            @Description("How many to return, 0 to 100.") @DefaultValue("20") Integer first,
            @Description("A cursor from a previous page: return what follows it.") String after) throws GraphQLException {
        PageRequest page = PageRequest.of(first, after);
        List<Document> rows = page.afterKey() == null
                ? Document.<Document> find("order by slug").range(0, page.first()).list()
                : Document.<Document> find("slug > ?1 order by slug", page.afterKey()).range(0, page.first()).list();
        return new DocumentConnection(rows, page, () -> Document.count());
    }

    @Description("The publisher as an organisation, when it is one in the graph.")
    public List<Organisation> publishedBy(@Source List<Document> list) {
        return Batch.one(list, d -> d.publisherSlug, Organisation::findBySlugs, o -> o.slug);
    }

    @NonNull
    @Description("The document the quote is taken from.")
    public List<@NonNull Document> document(@Source List<Evidence> list) {
        return Batch.one(list, e -> e.documentSlug, Document::findBySlugs, d -> d.slug);
    }
}
