package org.majlis.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.analysis.ar.ArabicNormalizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * Splits a text into {@link Word}s and folds each letter on its own, so that every folded letter maps back to
 * one original index: mention offsets are exact even where folding deletes diacritics or tatweel.
 * Arabic letters go through Lucene's {@link ArabicNormalizer} (hamza forms of alef to bare alef, final ى to ي,
 * ة to ه, no diacritics or tatweel); Latin letters are lower-cased and accent-folded with Lucene's
 * {@link ASCIIFoldingFilter}. Apostrophes inside a word vanish (Ba'ur is baur), except a possessive's, which ends the
 * word (Haftar's is haftar, then s); hyphens separate words.
 */
final class Words {

    private static final ArabicNormalizer ARABIC = new ArabicNormalizer();

    private Words() {
    }

    static List<Word> of(String text) {
        List<Word> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && (isWordChar(text.charAt(i)) || isInnerApostrophe(text, i) && !isPossessive(text, i))) {
                i++;
            }
            Word word = fold(text, start, i);
            if (!word.form().isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    private static Word fold(String text, int start, int end) {
        StringBuilder form = new StringBuilder(end - start);
        int[] origin = new int[(end - start) * 4];
        boolean arabic = false;
        char[] one = new char[1];
        char[] folded = new char[4];
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            int n;
            if (Character.getType(c) == Character.NON_SPACING_MARK || isApostrophe(c)) {
                n = 0;
            } else if (isArabic(c)) {
                arabic = true;
                one[0] = c;
                n = ARABIC.normalize(one, 1);
                folded[0] = one[0];
            } else {
                one[0] = Character.toLowerCase(c);
                n = ASCIIFoldingFilter.foldToASCII(one, 0, folded, 0, 1);
                for (int k = 0; k < n; k++) {
                    folded[k] = Character.toLowerCase(folded[k]);
                }
            }
            for (int k = 0; k < n; k++) {
                origin[form.length()] = i;
                form.append(folded[k]);
            }
        }
        return new Word(start, end, form.toString(), Arrays.copyOf(origin, form.length()), arabic);
    }

    /** Letters, digits, combining marks (Arabic diacritics) and tatweel; not hyphens, spaces or punctuation. */
    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static boolean isInnerApostrophe(String text, int i) {
        return isApostrophe(text.charAt(i)) && i + 1 < text.length() && isWordChar(text.charAt(i + 1));
    }

    /** An English possessive's apostrophe ("Haftar's forces"): the name ends before it. */
    private static boolean isPossessive(String text, int i) {
        return i + 1 < text.length() && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                && (i + 2 == text.length() || !isWordChar(text.charAt(i + 2)));
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02bc' || c == '\u02bb' || c == '`';
    }

    static boolean isArabic(char c) {
        return (c >= '\u0600' && c <= '\u06ff') || (c >= '\u0750' && c <= '\u077f');
    }

    /** The text as typed, for exact comparison: case and runs of spaces do not count, nothing else is folded. */
    static String exact(String text) {
        return String.join(" ", text.strip().toLowerCase(Locale.ROOT).split("\\s+"));
    }
}
