package org.majlis.evidence;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.majlis.document.Document;
import org.majlis.graphql.Batch;
import org.majlis.place.Place;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** What a source of a claim refers to by key (its document, its quotes, the place it names), each batched. */
// By hand: Quarkus registers only the classes of top-level operations for reflection (docs/native.md).
@RegisterForReflection
@GraphQLApi
public class SourceGraphQLApi {

    @NonNull
    @Name("document")
    @Description("The document that reports the claim.")
    public List<@NonNull Document> sourceDocument(@Source List<SourceView> list) {
        return Batch.one(list, s -> s.documentSlug, Document::findBySlugs, d -> d.slug);
    }

    @NonNull
    @Name("quotes")
    @Description("The words of this document that say the claim, in its order.")
    public List<@NonNull List<@NonNull Evidence>> sourceQuotes(@Source List<SourceView> list) {
        return Sources.quotes(list);
    }

    @Name("place")
    @Description("Where this source says the claim took place; null where it does not say.")
    public List<Place> sourcePlace(@Source List<SourceView> list) {
        return Batch.one(list, s -> s.placeSlug, Place::findBySlugs, p -> p.slug);
    }

    @Name("place")
    @Description("The place, when the disagreement is about the place.")
    public List<Place> disagreedPlace(@Source List<DisagreementValue> list) {
        return Batch.one(list, DisagreementValue::placeSlug, Place::findBySlugs, p -> p.slug);
    }
}
