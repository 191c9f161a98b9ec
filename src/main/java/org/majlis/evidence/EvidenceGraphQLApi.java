package org.majlis.evidence;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.majlis.document.Document;
import org.majlis.graphql.Batch;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.common.annotation.NonBlocking;

/** The document each quote is taken from (evidence rows hold the document's key), and the reader's link to it. */
// By hand: Quarkus registers only the classes of top-level operations for reflection (docs/native.md).
@RegisterForReflection
@GraphQLApi
public class EvidenceGraphQLApi {

    private final ReaderLinks links;

    public EvidenceGraphQLApi(ReaderLinks links) {
        this.links = links;
    }

    @NonNull
    @Description("The document the quote is taken from.")
    public List<@NonNull Document> document(@Source List<Evidence> list) {
        return Batch.one(list, e -> e.documentSlug, Document::findBySlugs, d -> d.slug);
    }

    @NonNull
    @Description("Where this service's reader shows the quote: a path (prefix the service's origin) that opens the "
            + "document's page scrolled to the quote and marks it, e.g. /reader/#/document/<slug>/quote/<start>-<end>.")
    @Name("readerPath")
    @NonBlocking
    public String readerPath(@Source Evidence evidence) {
        return links.quote(evidence);
    }
}
