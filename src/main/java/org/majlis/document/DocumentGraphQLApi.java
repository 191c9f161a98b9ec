package org.majlis.document;

import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.GraphQLException;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.majlis.graphql.Batch;
import org.majlis.graphql.PageRequest;
import org.majlis.organisation.Organisation;

/** Source documents. */
@GraphQLApi
public class DocumentGraphQLApi {

    private final DocumentService documents;

    public DocumentGraphQLApi(DocumentService documents) {
        this.documents = documents;
    }

    @Query
    @NonNull
    @Description("The source documents, by id; forward paging with first (at most 100) and after.")
    public DocumentConnection documents(
            @Description("How many to return, 0 to 100.") @DefaultValue("20") Integer first,
            @Description("A cursor from a previous page: return what follows it.") String after) throws GraphQLException {
        return documents.page(PageRequest.of(first, after));
    }

    @Description("The publisher as an organisation, when it is one in the graph.")
    public List<Organisation> publishedBy(@Source List<Document> list) {
        return Batch.one(list, d -> d.publisherSlug, Organisation::findBySlugs, o -> o.slug);
    }
}
