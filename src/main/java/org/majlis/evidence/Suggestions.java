package org.majlis.evidence;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.apache.commons.text.similarity.LevenshteinDistance;

/** The ends of error messages that say what to write instead. Each is empty when nothing is close enough. */
public final class Suggestions {

    private static final int MAX_SLUGS = 3;

    private Suggestions() {
    }

    /**
     * The existing slugs of that kind that look like a typo of the one written (a few letters apart, a quarter of
     * its length at most) or that contain it or lie inside it (a surname for a full name), closest first.
     */
    public static String slugs(Collection<String> known, String slug) {
        int allowed = Math.max(2, slug.length() / 4);
        LevenshteinDistance distance = new LevenshteinDistance(allowed);
        record Candidate(String slug, int distance) {
        }
        List<String> close = known.stream()
                .map(k -> new Candidate(k, distance.apply(k, slug)))
                .filter(c -> c.distance >= 0 || (slug.length() >= 3 && (c.slug.contains(slug) || slug.contains(c.slug))))
                .sorted(Comparator.comparingInt((Candidate c) -> c.distance < 0 ? Integer.MAX_VALUE : c.distance)
                        .thenComparing(Candidate::slug))
                .limit(MAX_SLUGS).map(c -> "'" + c.slug + "'").toList();
        if (close.isEmpty()) {
            return "";
        }
        return "; did you mean " + list(close, "or") + "?";
    }

    /** Where in the text the quote comes closest, at line and column of the text file, and what differs. */
    public static String passage(String text, String quote) {
        return NearestPassage.in(text, quote).map(found -> "; the text has «" + text.substring(found.start(), found.end())
                + "» at " + lineAndColumn(text, found.start()) + " (" + differences(found) + ")").orElse("");
    }

    private static String differences(NearestPassage.Found found) {
        if (found.lettersChanged() > 0) {
            return found.lettersChanged() == 1 ? "one letter differs" : found.lettersChanged() + " letters differ";
        }
        List<String> kinds = found.differences().stream().map(d -> d.words).toList();
        return "it differs in " + list(kinds, "and");
    }

    /** "a", "a or b", "a, b or c". */
    private static String list(List<String> items, String conjunction) {
        String last = items.get(items.size() - 1);
        return items.size() == 1 ? last
                : String.join(", ", items.subList(0, items.size() - 1)) + " " + conjunction + " " + last;
    }

    /** 1-based, the column counted in characters as an editor shows them (code points). */
    private static String lineAndColumn(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return "line " + line + ", column " + (text.codePointCount(lineStart, offset) + 1);
    }
}
