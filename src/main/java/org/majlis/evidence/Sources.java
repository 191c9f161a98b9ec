package org.majlis.evidence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.majlis.document.Document;
import org.majlis.graphql.Batch;
import org.majlis.graphql.GlobalId;
import org.majlis.place.Place;

/** The sources of a batch of claims, each claim's own document first, in one query. */
public final class Sources {

    private Sources() {
    }

    /**
     * For each claim, its own document's view ({@code own}, made of the claim's fields) and then its further sources in
     * the order they were joined.
     */
    public static <C> List<List<SourceView>> forClaims(List<C> claims, Function<C, String> claimRef,
            Function<C, SourceView> own) {
        List<List<ClaimSource>> further = Batch.many(claims, claimRef, ClaimSource::forClaims, s -> s.claim);
        List<List<SourceView>> sources = new ArrayList<>(claims.size());
        for (int i = 0; i < claims.size(); i++) {
            List<SourceView> these = new ArrayList<>();
            these.add(own.apply(claims.get(i)));
            further.get(i).forEach(s -> these.add(SourceView.of(s)));
            sources.add(these);
        }
        return sources;
    }

    /**
     * For each document, the claims of a type it reports: those it is the own document of ({@code ofDocuments}, whose
     * {@code document} is the key) and those it is a further source of ({@code bySlugs}), in {@code order} (when null,
     * its own in their order, then the others): two queries, a third when it is a further source of any.
     */
    public static <C> List<List<C>> reportedIn(List<String> documents, String type,
            Function<Collection<String>, List<C>> ofDocuments, Function<C, String> document,
            Function<Collection<String>, List<C>> bySlugs, Function<C, String> slug, Comparator<C> order) {
        Set<String> keys = new LinkedHashSet<>(documents);
        Map<String, List<C>> byDocument = new HashMap<>();
        for (C claim : ofDocuments.apply(keys)) {
            byDocument.computeIfAbsent(document.apply(claim), d -> new ArrayList<>()).add(claim);
        }
        List<ClaimSource> further = ClaimSource.ofDocuments(type, keys);
        if (!further.isEmpty()) {
            int prefix = Claims.ref(type, "").length();
            Map<String, C> claims = new HashMap<>();
            bySlugs.apply(further.stream().map(s -> s.claim.substring(prefix)).collect(Collectors.toSet()))
                    .forEach(c -> claims.put(slug.apply(c), c));
            for (ClaimSource source : further) {
                C claim = claims.get(source.claim.substring(prefix));
                if (claim != null) {
                    byDocument.computeIfAbsent(source.documentSlug, d -> new ArrayList<>()).add(claim);
                }
            }
            if (order != null) {
                byDocument.values().forEach(list -> list.sort(order));
            }
        }
        return documents.stream().map(d -> byDocument.getOrDefault(d, List.of())).toList();
    }

    /** For each claim, how many documents report it: its own and its further sources. */
    public static <C> List<Integer> counts(List<C> claims, Function<C, String> claimRef) {
        return Batch.many(claims, claimRef, ClaimSource::forClaims, s -> s.claim).stream().map(further -> 1 + further.size())
                .toList();
    }

    /** For each claim, where its sources disagree ({@link Disagreement#among}). */
    public static <C> List<List<Disagreement>> disagreements(List<C> claims, Function<C, String> claimRef,
            Function<C, SourceView> own) {
        return forClaims(claims, claimRef, own).stream().map(Disagreement::among).toList();
    }

    /**
     * What the history keeps of a claim's further sources, in their order: the document, what it says and its quotes.
     */
    public static List<Map<String, Object>> fields(String claim) {
        List<ClaimSource> further = ClaimSource.forClaims(List.of(claim));
        if (further.isEmpty()) {
            return List.of();
        }
        Map<String, List<Map<String, Object>>> quotes = new HashMap<>();
        for (Evidence e : Evidence.forClaims(List.of(claim))) {
            quotes.computeIfAbsent(e.documentSlug, d -> new ArrayList<>())
                    .add(new ClaimQuotes.Span(e.quote, e.startOffset, e.endOffset).fields());
        }
        List<Map<String, Object>> fields = new ArrayList<>();
        for (ClaimSource s : further) {
            Map<String, Object> source = new LinkedHashMap<>();
            source.put("document", GlobalId.of(Document.TYPE, s.documentSlug));
            source.put("status", s.status == null ? null : s.status.name());
            source.put("date", s.date == null ? null : ClaimDates.fields(s.date));
            source.put("place", s.placeSlug == null ? null : GlobalId.of(Place.TYPE, s.placeSlug));
            source.put("quotes", quotes.getOrDefault(s.documentSlug, List.of()));
            fields.add(source);
        }
        return fields;
    }

    /** For each source, its quotes, in the order it gives them. */
    static List<List<Evidence>> quotes(List<SourceView> sources) {
        return Batch.many(sources, SourceView::quotesKey, Sources::quotesOf, e -> e.claim + "@" + e.documentSlug);
    }

    private static List<Evidence> quotesOf(Collection<String> keys) {
        return Evidence.forClaims(keys.stream().map(k -> k.substring(0, k.lastIndexOf('@'))).distinct().toList());
    }
}
