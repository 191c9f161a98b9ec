package org.majlis.search;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The names of known actors, organisations and places in a text the graph does not hold yet, found as the mention
 * index finds them in its documents: any spelling the folding joins, proclitics and the article outside the quote.
 */
public final class NamesInText {

    /**
     * One name in the text: {@code text.substring(start, end)} is {@code quote}; {@code nodeIds} are the nodes it is a
     * name of, sorted (more than one where people share a surname).
     */
    public record Found(int start, int end, String quote, List<String> nodeIds) {
    }

    private final MentionIndex index;

    NamesInText(MentionIndex index) {
        this.index = index;
    }

    /** A finder for these names alone, for a command that runs without the service (draft, draft-figures). */
    public static NamesInText of(List<IndexedName> names) {
        return new NamesInText(MentionIndex.build(names, Map.of()));
    }

    /** The names in the text, in the order they stand. */
    public List<Found> find(String text) {
        return index.in(text).stream().sorted(Comparator.comparingInt(Found::start)).toList();
    }
}
