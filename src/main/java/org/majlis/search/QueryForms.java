package org.majlis.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A search text analysed like a name, except that each Arabic word is read every way its proclitics allow
 * (لحفتر as لحفتر and as حفتر): the query matches a name when one of the readings does.
 */
final class QueryForms {

    final String exact;
    /** Per word: its terms under every reading. */
    final List<Set<String>> wordTerms = new ArrayList<>();
    /** Per word: its skeleton keys under every reading; empty for words of vowels only. */
    final List<Set<String>> wordKeys = new ArrayList<>();
    /** Per pair of neighbouring words: the terms of the two joined. */
    final List<Set<String>> pairTerms = new ArrayList<>();
    /** The keys of the whole text, under every reading of its first word. */
    final Set<String> wholeKeys = new LinkedHashSet<>();

    QueryForms(String text) {
        exact = Words.exact(text);
        List<Word> words = LabelForms.significant(Words.of(text));
        for (int i = 0; i < words.size(); i++) {
            Word word = words.get(i);
            Set<String> terms = new LinkedHashSet<>();
            Set<String> keys = new LinkedHashSet<>();
            Set<String> pairs = new LinkedHashSet<>();
            for (String reading : readings(word)) {
                terms.add(LabelForms.term(reading, word.arabic()));
                String key = SkeletonKey.of(reading, word.arabic());
                if (!key.isEmpty()) {
                    keys.add(key);
                }
                if (i + 1 < words.size()) {
                    Word next = words.get(i + 1);
                    pairs.add(LabelForms.term(reading + next.form(), word.arabic() || next.arabic()));
                }
                if (i == 0) {
                    List<String> whole = new ArrayList<>();
                    whole.add(key);
                    words.subList(1, words.size()).forEach(w -> whole.add(SkeletonKey.of(w.form(), w.arabic())));
                    wholeKeys.add(SkeletonKey.join(whole));
                }
            }
            wordTerms.add(terms);
            wordKeys.add(keys);
            if (i + 1 < words.size()) {
                pairTerms.add(pairs);
            }
        }
        wholeKeys.remove("");
    }

    int wordCount() {
        return wordTerms.size();
    }

    private static List<String> readings(Word word) {
        if (!word.arabic()) {
            return List.of(word.form());
        }
        return Arabic.cliticEnds(word.form()).stream().map(word.form()::substring).toList();
    }
}
