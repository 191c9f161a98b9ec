package org.majlis.evidence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.majlis.graphql.InputErrors;

/**
 * A mutation's quotes: found in the claim's document by {@link Quotes}, the rules the seeds obey, then written as
 * the claim's evidence rows. A claim's quotes are replaced as a whole, each quote keeping its id (the claim and the
 * span), so that a quote kept by an edit keeps its id.
 */
public final class ClaimQuotes {

    /** The column's width (V1__knowledge_graph.sql): a quote is a passage, not the article. */
    static final int QUOTE_CHARACTERS = 4000;

    private ClaimQuotes() {
    }

    /** A quote found in the text. */
    public record Span(String quote, int start, int end) {

        /** What the history keeps of it. */
        public Map<String, Object> fields() {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("quote", quote);
            fields.put("start", start);
            fields.put("end", end);
            return fields;
        }
    }

    /**
     * Each quote's span in the text, in the order given; a problem with one is added to errors on its path, under
     * {@code path}. A claim needs one quote at least, and quotes a passage once.
     */
    public static List<Span> resolve(String text, List<QuoteInput> quotes, List<String> path, InputErrors errors) {
        if (quotes == null || quotes.isEmpty()) {
            errors.add("INVALID", path, "A claim needs at least one quote of its document: the words that say it.");
            return List.of();
        }
        List<Span> spans = new ArrayList<>();
        Set<String> passages = new HashSet<>();
        for (int i = 0; i < quotes.size(); i++) {
            Span span = resolve(text, quotes.get(i), InputErrors.under(path, i), errors);
            if (span != null && span.end - span.start > QUOTE_CHARACTERS) {
                errors.add("TOO_LONG", InputErrors.under(path, i), "A quote may be at most " + QUOTE_CHARACTERS
                        + " characters, not " + (span.end - span.start) + ": quote the words that say the claim.");
            } else if (span != null) {
                if (passages.add(span.start + "-" + span.end)) {
                    spans.add(span);
                } else {
                    errors.add("INVALID", InputErrors.under(path, i), "This claim already quotes the passage "
                            + span.start + "-" + span.end + ": quote it once.");
                }
            }
        }
        return spans;
    }

    private static Span resolve(String text, QuoteInput quote, List<String> path, InputErrors errors) {
        if (quote == null) {
            errors.add("INVALID", path, "A quote is null: give its text, its start and end, or both.");
            return null;
        }
        boolean hasSpan = quote.start != null || quote.end != null;
        if (hasSpan) {
            return span(text, quote, path, errors);
        }
        if (quote.text == null || quote.text.isBlank()) {
            errors.add("INVALID", path, "Give the quote's text, its start and end, or both.");
            return null;
        }
        Quotes.Located located = Quotes.locate(text, quote.text, quote.occurrence);
        if (located instanceof Quotes.Found found) {
            return new Span(quote.text, found.start(), found.end());
        }
        if (located instanceof Quotes.NotFound notFound) {
            errors.add("NOT_FOUND", InputErrors.under(path, "text"), "The document does not have «" + quote.text + "»"
                    + notFound.nearest() + ". Copy the words from the document's text.");
        } else if (located instanceof Quotes.Ambiguous ambiguous) {
            errors.add("AMBIGUOUS", InputErrors.under(path, "text"), "«" + quote.text + "» occurs " + ambiguous.count()
                    + " times in the document: give occurrence (1 to " + ambiguous.count() + "), or the span, to say which.");
        } else if (located instanceof Quotes.NoSuchOccurrence none) {
            errors.add("INVALID", InputErrors.under(path, "occurrence"), "Occurrence " + none.occurrence() + ", but «"
                    + quote.text + "» occurs " + none.count() + (none.count() == 1 ? " time." : " times."));
        }
        return null;
    }

    private static Span span(String text, QuoteInput quote, List<String> path, InputErrors errors) {
        if (quote.start == null || quote.end == null) {
            errors.add("INVALID", InputErrors.under(path, quote.start == null ? "start" : "end"),
                    "Give both start and end, or neither.");
            return null;
        }
        String problem = Quotes.spanProblem(text, quote.start, quote.end);
        if (problem != null) {
            errors.add("INVALID", path, "The " + problem + ".");
            return null;
        }
        String words = text.substring(quote.start, quote.end);
        if (quote.text != null && !quote.text.equals(words)) {
            errors.add("INVALID", InputErrors.under(path, "text"), "The text at " + quote.start + "-" + quote.end + " is «"
                    + words + "», not «" + quote.text + "»: the document may have changed under your selection; "
                    + "select it again.");
            return null;
        }
        return new Span(words, quote.start, quote.end);
    }

    /** Writes the claim's evidence rows from its own document, in the order given. */
    public static void write(String claim, String documentSlug, List<Span> spans) {
        write(claim, documentSlug, 0, spans);
    }

    /** Writes the claim's evidence rows from one of its sources ({@link Evidence#sourceOrdinal}), in the order given. */
    public static void write(String claim, String documentSlug, int sourceOrdinal, List<Span> spans) {
        int ordinal = 0;
        for (Span span : spans) {
            Evidence evidence = new Evidence();
            evidence.key = Claims.quote(claim, documentSlug, span.start, span.end);
            evidence.claim = claim;
            evidence.documentSlug = documentSlug;
            evidence.quote = span.quote;
            evidence.startOffset = span.start;
            evidence.endOffset = span.end;
            evidence.ordinal = ordinal++;
            evidence.sourceOrdinal = sourceOrdinal;
            evidence.persist();
        }
    }

    /** Replaces the quotes the claim's own document gives of it: its other sources' stay. */
    public static void replace(String claim, String documentSlug, List<Span> spans) {
        removeIn(List.of(claim), documentSlug);
        write(claim, documentSlug, spans);
    }

    /**
     * Removes the quotes one document gives of these claims, through the session (not a bulk delete, which would leave
     * the loaded rows in it), so that a quote kept by an edit can be written again under its id in the same
     * transaction; the quotes of the claims' other sources stay.
     */
    public static void removeIn(Collection<String> claims, String documentSlug) {
        if (!claims.isEmpty()) {
            Evidence.forClaims(claims).stream().filter(e -> e.documentSlug.equals(documentSlug)).forEach(Evidence::delete);
            Evidence.flush();
        }
    }

    /** Removes every quote of these claims, from every source, and their further sources: the claims go. */
    public static void removeAll(Collection<String> claims) {
        if (!claims.isEmpty()) {
            Evidence.forClaims(claims).forEach(Evidence::delete);
            ClaimSource.forClaims(claims).forEach(ClaimSource::delete);
            Evidence.flush();
        }
    }

    /** What the history keeps of each claim's quotes from its own document, by claim ({@link Sources#fields}: the rest). */
    public static Map<String, List<Map<String, Object>>> fields(Collection<String> claims) {
        Map<String, List<Map<String, Object>>> byClaim = new LinkedHashMap<>();
        if (!claims.isEmpty()) {
            for (Evidence e : Evidence.forClaims(claims)) {
                if (e.sourceOrdinal == 0) {
                    byClaim.computeIfAbsent(e.claim, c -> new ArrayList<>())
                            .add(new Span(e.quote, e.startOffset, e.endOffset).fields());
                }
            }
        }
        return byClaim;
    }
}
