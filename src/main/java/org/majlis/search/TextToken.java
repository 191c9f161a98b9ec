package org.majlis.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A word of a text as the search folds it, for code outside search that reads text word by word (the drafter):
 * where it stands in the original, its folded letters, and for an Arabic word the readings with its proclitics and
 * article taken off (والتقى is also التقى; بالعاصمة is also العاصمة and عاصمة).
 *
 * @param start UTF-16 index of the word's first char in the original text
 * @param end UTF-16 index just past the word
 * @param form the folded letters (Arabic normalised, Latin lower-cased and accent-free)
 * @param arabic whether the word is written in Arabic script
 */
public record TextToken(int start, int end, String form, boolean arabic) {

    /** The word as written, then (Arabic) without each possible run of proclitics, with and without the article. */
    public List<String> readings() {
        if (!arabic) {
            return List.of(form);
        }
        List<String> readings = new ArrayList<>(4);
        for (int clitics : Arabic.cliticEnds(form)) {
            String rest = form.substring(clitics);
            readings.add(rest);
            int article = Arabic.articleLength(form, clitics);
            if (article > 0) {
                readings.add(form.substring(clitics + article));
            }
        }
        return readings;
    }

    /** Whether the word begins with the conjunction و (and) glued on, as Arabic joins a list's items. */
    public boolean joinedByAnd() {
        return arabic && form.length() > 3 && form.charAt(0) == 'و' && Arabic.cliticEnds(form).size() > 1;
    }

    /** Folds a text into tokens: the same words, letters and offsets the mention index works with. */
    public static List<TextToken> of(String text) {
        return Words.of(text).stream().map(w -> new TextToken(w.start(), w.end(), w.form(), w.arabic())).toList();
    }

    /** A phrase's folded words, for comparing a lexicon's entries with a text's tokens. */
    public static List<String> fold(String phrase) {
        return Words.of(phrase).stream().map(Word::form).toList();
    }
}
