package org.majlis.document;

import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.GraphQLException;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.majlis.auth.Roles;
import org.majlis.auth.Writers;
import org.majlis.change.ChangeConnection;
import org.majlis.change.ChangeService;
import org.majlis.graphql.Batch;
import org.majlis.graphql.PageRequest;
import org.majlis.organisation.Organisation;

/** Source documents. */
@GraphQLApi
public class DocumentGraphQLApi {

    private final DocumentService documents;
    private final DocumentWrites writes;
    private final Writers writers;
    private final ChangeService changes;

    public DocumentGraphQLApi(DocumentService documents, DocumentWrites writes, Writers writers, ChangeService changes) {
        this.documents = documents;
        this.writes = writes;
        this.writers = writers;
        this.changes = changes;
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

    @NonNull
    @Description("Every change made to the document since it was imported or created, oldest first: who, when, "
            + "and its fields before and after.")
    public List<@NonNull ChangeConnection> history(@Source List<Document> list,
            @Description("How many to return, 0 to 100.") @DefaultValue("20") Integer first,
            @Description("A cursor from a previous page: return what follows it.") String after) {
        return changes.histories(list, Document::getId);
    }

    @Mutation
    @NonNull
    @Description("Adds a source document, its text verbatim. Needs the role analyst or curator.")
    public DocumentPayload createDocument(@NonNull @Description("The document.") CreateDocumentInput input) throws GraphQLException {
        return writes.create(input, writers.require(Roles.ANALYST, Roles.CURATOR));
    }

    @Mutation
    @NonNull
    @Description("Changes a document's title, publisher, date or address, naming the version it was read at. Needs "
            + "the role analyst or curator.")
    public DocumentPayload editDocument(@NonNull @Description("The document, its version, and what changes.") EditDocumentInput input) throws GraphQLException {
        return writes.edit(input, writers.require(Roles.ANALYST, Roles.CURATOR));
    }
}
