package org.majlis.seed;

/** Finds a quote in a document text; offsets are Java string indices, i.e. UTF-16 code units. */
final class Quotes {

    private Quotes() {
    }

    static int count(String text, String quote) {
        int count = 0;
        for (int at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
            count++;
        }
        return count;
    }

    /** The start of the given occurrence (1-based), or -1 when there are fewer. */
    static int start(String text, String quote, int occurrence) {
        int at = text.indexOf(quote);
        for (int seen = 1; at >= 0 && seen < occurrence; seen++) {
            at = text.indexOf(quote, at + 1);
        }
        return at;
    }
}
