package org.majlis.search;

import java.util.ArrayList;
import java.util.List;

/**
 * What one name contributes to the index. Its terms are the folded (Latin) or stemmed (Arabic) words, and
 * every two neighbouring words joined, so that a name written split matches one written joined (عبد الله and
 * عبدالله, Abdul Hamid and Abdulhamid); width says how many of the name's words a term stands for.
 */
record LabelForms(String[] terms, byte[] widths, String[] wordKeys, String wholeKey, int wordCount) {

    static LabelForms of(String text) {
        List<Word> words = significant(Words.of(text));
        int n = words.size();
        List<String> terms = new ArrayList<>(2 * n);
        List<Byte> widths = new ArrayList<>(2 * n);
        List<String> keys = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Word word = words.get(i);
            terms.add(term(word.form(), word.arabic()));
            widths.add((byte) 1);
            keys.add(SkeletonKey.of(word.form(), word.arabic()));
            if (i + 1 < n) {
                Word next = words.get(i + 1);
                terms.add(term(word.form() + next.form(), word.arabic() || next.arabic()));
                widths.add((byte) 2);
            }
        }
        byte[] w = new byte[widths.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = widths.get(i);
        }
        return new LabelForms(terms.toArray(String[]::new), w, keys.toArray(String[]::new), SkeletonKey.join(keys), n);
    }

    /** The words that identify a name: a transliterated article (al-, el-) does not, unless it is all there is. */
    static List<Word> significant(List<Word> words) {
        List<Word> kept = words.stream().filter(w -> !w.isLatinArticle()).toList();
        return kept.isEmpty() ? words : kept;
    }

    static String term(String form, boolean arabic) {
        return arabic ? Arabic.stem(form) : form;
    }

    /** How many of the name's words the term stands for; 0 when the name has no such term. */
    int width(String term) {
        for (int i = 0; i < terms.length; i++) {
            if (terms[i].equals(term)) {
                return widths[i];
            }
        }
        return 0;
    }
}
