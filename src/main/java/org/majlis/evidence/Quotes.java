package org.majlis.evidence;

/**
 * Finds a quote in a document text, by the rules the importer, the seed check and the mutations share: a quote is
 * found verbatim, and names its occurrence when it occurs more than once. Offsets are Java string indices, i.e.
 * UTF-16 code units, as JavaScript counts them.
 */
public final class Quotes {

    private Quotes() {
    }

    /** Where a quote was looked for, and what came of it. */
    public sealed interface Located {
    }

    /** The quote stands at [start, end). */
    public record Found(int start, int end) implements Located {
    }

    /** Not in the text; {@code nearest} says where the text comes closest ({@link Suggestions#passage}), or is empty. */
    public record NotFound(String nearest) implements Located {
    }

    /** In the text {@code count} times, and no occurrence says which. */
    public record Ambiguous(int count) implements Located {
    }

    /** The occurrence named is not among the {@code count} there are. */
    public record NoSuchOccurrence(int occurrence, int count) implements Located {
    }

    /** The quote's place in the text: its occurrence (1-based) when given, else its only one. */
    public static Located locate(String text, String quote, Integer occurrence) {
        int count = count(text, quote);
        if (count == 0) {
            return new NotFound(Suggestions.passage(text, quote));
        }
        if (occurrence == null && count > 1) {
            return new Ambiguous(count);
        }
        if (occurrence != null && (occurrence < 1 || occurrence > count)) {
            return new NoSuchOccurrence(occurrence, count);
        }
        int start = start(text, quote, occurrence == null ? 1 : occurrence);
        return new Found(start, start + quote.length());
    }

    /**
     * What is wrong with a span given by offsets, or null when it is a passage of the text: inside it, not empty, and
     * not cutting a character written as two UTF-16 units (an emoji, a rare CJK character) in half.
     */
    public static String spanProblem(String text, int start, int end) {
        if (start < 0 || end > text.length() || start >= end) {
            return "start and end must satisfy 0 ≤ start < end ≤ " + text.length() + " (the text's length in UTF-16 "
                    + "code units), not " + start + " and " + end;
        }
        if (Character.isLowSurrogate(text.charAt(start)) || end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
            return "the span " + start + "-" + end + " cuts a character in half: count offsets in UTF-16 code units, "
                    + "as JavaScript does";
        }
        if (text.substring(start, end).isBlank()) {
            return "the span " + start + "-" + end + " holds only spaces: quote words";
        }
        return null;
    }

    public static int count(String text, String quote) {
        int count = 0;
        for (int at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
            count++;
        }
        return count;
    }

    /** The start of the given occurrence (1-based), or -1 when there are fewer. */
    public static int start(String text, String quote, int occurrence) {
        int at = text.indexOf(quote);
        for (int seen = 1; at >= 0 && seen < occurrence; seen++) {
            at = text.indexOf(quote, at + 1);
        }
        return at;
    }
}
