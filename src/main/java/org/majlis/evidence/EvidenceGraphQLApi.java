package org.majlis.evidence;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.majlis.document.Document;
import org.majlis.graphql.Batch;

/** The document each quote is taken from: evidence rows hold the document's key. */
@GraphQLApi
public class EvidenceGraphQLApi {

    @NonNull
    @Description("The document the quote is taken from.")
    public List<@NonNull Document> document(@Source List<Evidence> list) {
        return Batch.one(list, e -> e.documentSlug, Document::findBySlugs, d -> d.slug);
    }
}
