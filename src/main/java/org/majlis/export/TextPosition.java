package org.majlis.export;

/**
 * Positions in a text counted as the Web Annotation Data Model counts them: "The selection of the text MUST be in
 * terms of unicode code points (the "character number"), not in terms of code units" (W3C Recommendation,
 * 23 February 2017, section 4.2.4). Java strings, like the GraphQL API's offsets, count UTF-16 code units; the two
 * differ after every character outside the Basic Multilingual Plane, which takes two units.
 */
final class TextPosition {

    private TextPosition() {
    }

    /** The index {@code count} code points before ({@code count < 0}) or after {@code index}, stopping at the text's ends. */
    static int move(String text, int index, int count) {
        int at = index;
        for (int i = 0; i < Math.abs(count); i++) {
            if (count < 0) {
                if (at == 0) {
                    break;
                }
                at = text.offsetByCodePoints(at, -1);
            } else {
                if (at == text.length()) {
                    break;
                }
                at = text.offsetByCodePoints(at, 1);
            }
        }
        return at;
    }
}
