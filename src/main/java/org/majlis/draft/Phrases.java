package org.majlis.draft;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.majlis.search.TextToken;

/**
 * A lexicon's phrases, folded once, each with what it stands for, matched against a text's tokens: the first word in
 * any reading (clitics and article off), the others as written or with the article off; the longest phrase wins.
 */
final class Phrases<T> {

    /** A phrase found: over tokens {@code [first, last]}, standing for {@code value}. */
    record Match<T>(int first, int last, T value) {
    }

    private record Phrase<T>(List<String> words, T value) {
    }

    private final List<Phrase<T>> phrases = new ArrayList<>();
    /** The phrases by their first word, longest first: a token is compared with the phrases it may begin only. */
    private final Map<String, List<Phrase<T>>> byFirstWord = new HashMap<>();

    static <T> Phrases<T> of(Map<T, List<String>> byValue) {
        Phrases<T> phrases = new Phrases<>();
        byValue.forEach((value, words) -> words.forEach(w -> phrases.add(w, value)));
        return phrases.sorted();
    }

    static Phrases<Boolean> of(List<String> words) {
        Phrases<Boolean> phrases = new Phrases<>();
        words.forEach(w -> phrases.add(w, true));
        return phrases.sorted();
    }

    Phrases<T> add(String phrase, T value) {
        List<String> words = TextToken.fold(phrase);
        if (!words.isEmpty()) {
            phrases.add(new Phrase<>(words, value));
        }
        return this;
    }

    Phrases<T> sorted() {
        phrases.sort(Comparator.comparingInt((Phrase<T> p) -> p.words.size()).reversed());
        byFirstWord.clear();
        phrases.forEach(p -> byFirstWord.computeIfAbsent(p.words.get(0), k -> new ArrayList<>()).add(p));
        return this;
    }

    /** The longest phrase that starts at token {@code i}, or null. */
    Match<T> at(List<TextToken> tokens, int i) {
        Match<T> longest = null;
        for (Phrase<T> phrase : candidates(tokens.get(i))) {
            Match<T> m = matches(phrase, tokens, i);
            if (m != null && (longest == null || m.last() > longest.last())) {
                longest = m;
            }
        }
        return longest;
    }

    /** The phrases whose first word is one reading of the token. */
    private List<Phrase<T>> candidates(TextToken token) {
        List<Phrase<T>> candidates = new ArrayList<>();
        for (String reading : token.readings()) {
            candidates.addAll(byFirstWord.getOrDefault(reading, List.of()));
        }
        return candidates;
    }

    private static <T> Match<T> matches(Phrase<T> phrase, List<TextToken> tokens, int i) {
        int n = phrase.words.size();
        if (i + n > tokens.size()) {
            return null;
        }
        for (int k = 1; k < n; k++) {
            TextToken token = tokens.get(i + k);
            String word = phrase.words.get(k);
            if (!token.form().equals(word) && !(token.arabic() && token.readings().contains(word))) {
                return null;
            }
        }
        return new Match<>(i, i + n - 1, phrase.value);
    }

    /** Every phrase that starts at token {@code i}, longest first. */
    List<Match<T>> allAt(List<TextToken> tokens, int i) {
        List<Match<T>> all = new ArrayList<>();
        for (Phrase<T> phrase : candidates(tokens.get(i))) {
            Match<T> m = matches(phrase, tokens, i);
            if (m != null) {
                all.add(m);
            }
        }
        return all;
    }

    /** Whether a phrase begins with this folded word. */
    boolean startsWith(String word) {
        return byFirstWord.containsKey(word);
    }

    /** Every match in the text, left to right, none overlapping. */
    List<Match<T>> all(List<TextToken> tokens) {
        List<Match<T>> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Match<T> m = at(tokens, i);
            if (m != null) {
                found.add(m);
                i = m.last();
            }
        }
        return found;
    }
}
