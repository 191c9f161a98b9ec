package org.majlis.search;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.ar.ArabicStemmer;

/**
 * The parts of Arabic morphology that matter for finding names: proclitics glued to a word (و ف, then ب ل ك,
 * as in وبحفتر or لحفتر), the article ال (and لل, ل + ال), and Lucene's light stemmer for everything else.
 * Forms here are already folded by {@link Words}.
 */
final class Arabic {

    private static final ArabicStemmer STEMMER = new ArabicStemmer();
    private static final String ARTICLE = "ال";
    /** What a name must keep once a clitic is taken off, so that short words are not read as clitic + name. */
    private static final int MIN_REST = 3;

    private Arabic() {
    }

    /**
     * Where a reading of the word may start: 0 (as written), after و or ف, after ب ل or ك, or after both
     * (وب, فل, ...). A single-letter clitic cannot be told from a first letter, so every reading is offered and
     * the caller keeps those that match a name.
     */
    static List<Integer> cliticEnds(String form) {
        List<Integer> ends = new ArrayList<>(3);
        ends.add(0);
        int k = 0;
        if (form.length() > k && isConjunction(form.charAt(k)) && form.length() - (k + 1) >= MIN_REST) {
            k++;
            ends.add(k);
        }
        if (form.length() > k && isPreposition(form.charAt(k)) && form.length() - (k + 1) >= MIN_REST) {
            ends.add(k + 1);
        }
        return ends;
    }

    /** The length of the article at the start of a reading: ال, or the ل left of it after the clitic ل (لل). */
    static int articleLength(String form, int cliticEnd) {
        String rest = form.substring(cliticEnd);
        if (rest.startsWith(ARTICLE) && rest.length() - ARTICLE.length() >= 2) {
            return ARTICLE.length();
        }
        boolean afterLam = cliticEnd > 0 && form.charAt(cliticEnd - 1) == 'ل';
        return afterLam && rest.startsWith("ل") && rest.length() - 1 >= MIN_REST ? 1 : 0;
    }

    /** The word without a leading ال, when enough is left to be a name. */
    static String withoutArticle(String form) {
        return form.substring(articleLength(form, 0));
    }

    /** Lucene's light stem: common prefixes (ال وال بال كال فال لل و) and suffixes (ها ان ات ون ين يه ية ه ي) off. */
    static String stem(String form) {
        char[] chars = form.toCharArray();
        return new String(chars, 0, STEMMER.stem(chars, chars.length));
    }

    private static boolean isConjunction(char c) {
        return c == 'و' || c == 'ف';
    }

    private static boolean isPreposition(char c) {
        return c == 'ب' || c == 'ل' || c == 'ك';
    }
}
