package org.majlis.search;

/**
 * A word of a text, folded for matching, that still knows where each of its letters stands in the original.
 *
 * @param start UTF-16 index of the word's first char in the original text
 * @param end UTF-16 index just past the word, trailing diacritics included
 * @param form the folded letters (Arabic normalised, Latin lower-cased and accent-free, apostrophes dropped)
 * @param origin for each char of form, the index of the original char it comes from
 * @param arabic whether the word is written in Arabic script
 */
record Word(int start, int end, String form, int[] origin, boolean arabic) {

    /** Where the letters from {@code index} of form on begin in the original text. */
    int startOf(int index) {
        return origin[index];
    }

    /** A Latin "al" or "el": a transliterated article, not part of what identifies a name. */
    boolean isLatinArticle() {
        return !arabic && (form.equals("al") || form.equals("el"));
    }
}
