package org.majlis.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which documents hold which folded words: enough to tell, for a name not looked for before, the few documents that
 * could mention it, so that a new or renamed node is looked for in those alone rather than in every document.
 * <p>
 * A mention of a name's letters {@code core} ({@link MentionIndex}) is the end of one word followed by zero or more
 * whole words, together spelling the core. So a document can hold it only when some word of it ends with a start of
 * the core and the rest of the core is spelled by words it holds: {@link #couldHold} answers that for each document
 * at once, with a bit per document, and the scan of those few decides. Documents added after the vocabulary was built
 * are always among the answers: they are few (an analyst's), and so the vocabulary never has to be copied to grow.
 */
final class Vocabulary {

    static final Vocabulary EMPTY = new Builder().build();

    /** The documents' slugs, by their number in the posting lists. */
    private final String[] slugs;
    /** The numbers of the documents that hold each word, ascending. */
    private final Map<String, int[]> documentsByWord;
    /** The words by their last letter: a word can end with a text only when it ends with its last letter. */
    private final Map<Character, String[]> wordsByLastLetter;
    private final Set<String> addedLater;

    private Vocabulary(String[] slugs, Map<String, int[]> documentsByWord, Map<Character, String[]> wordsByLastLetter,
            Set<String> addedLater) {
        this.slugs = slugs;
        this.documentsByWord = documentsByWord;
        this.wordsByLastLetter = wordsByLastLetter;
        this.addedLater = addedLater;
    }

    /** How many different words the documents hold. */
    int size() {
        return documentsByWord.size();
    }

    /** This vocabulary and a document added since it was built, which every answer of {@link #couldHold} includes. */
    Vocabulary withLater(String slug) {
        Set<String> later = new HashSet<>(addedLater);
        later.add(slug);
        return new Vocabulary(slugs, documentsByWord, wordsByLastLetter, later);
    }

    /** The slugs of the documents that could mention any of these cores: all that do, and a few that do not. */
    Set<String> couldHold(Set<String> cores) {
        BitSet holding = new BitSet(slugs.length);
        for (String core : cores) {
            holding.or(couldHold(core));
        }
        Set<String> found = new LinkedHashSet<>(addedLater);
        holding.stream().forEach(document -> found.add(slugs[document]));
        return found;
    }

    /**
     * spelled[k]: the documents in which the core's first k letters can be spelled as the end of one word followed by
     * whole words; the answer is spelled[length].
     */
    private BitSet couldHold(String core) {
        BitSet[] spelled = new BitSet[core.length() + 1];
        for (int k = 1; k <= core.length(); k++) {
            BitSet documents = endingWith(core.substring(0, k));
            for (int j = 1; j < k; j++) {
                if (!spelled[j].isEmpty()) {
                    for (int document : documentsByWord.getOrDefault(core.substring(j, k), new int[0])) {
                        if (spelled[j].get(document)) {
                            documents.set(document);
                        }
                    }
                }
            }
            spelled[k] = documents;
        }
        return spelled[core.length()];
    }

    private BitSet endingWith(String text) {
        BitSet documents = new BitSet(slugs.length);
        for (String word : wordsByLastLetter.getOrDefault(text.charAt(text.length() - 1), new String[0])) {
            if (word.endsWith(text)) {
                for (int document : documentsByWord.get(word)) {
                    documents.set(document);
                }
            }
        }
        return documents;
    }

    /** Takes each document's words once, in any order of documents. */
    static final class Builder {
        private final List<String> slugs = new ArrayList<>();
        private final Map<String, Postings> byWord = new HashMap<>();

        void add(String slug, List<Word> words) {
            int document = slugs.size();
            slugs.add(slug);
            for (Word word : words) {
                byWord.computeIfAbsent(word.form(), w -> new Postings()).add(document);
            }
        }

        Vocabulary build() {
            Map<String, int[]> documentsByWord = new HashMap<>(byWord.size() * 2);
            Map<Character, List<String>> byLastLetter = new HashMap<>();
            byWord.forEach((word, postings) -> {
                documentsByWord.put(word, postings.toArray());
                byLastLetter.computeIfAbsent(word.charAt(word.length() - 1), c -> new ArrayList<>()).add(word);
            });
            Map<Character, String[]> wordsByLastLetter = new HashMap<>();
            byLastLetter.forEach((letter, words) -> wordsByLastLetter.put(letter, words.toArray(String[]::new)));
            return new Vocabulary(slugs.toArray(String[]::new), documentsByWord, wordsByLastLetter, Set.of());
        }
    }

    /** A growing list of document numbers, each kept once: documents are added one after another. */
    private static final class Postings {
        private int[] documents = new int[2];
        private int size;

        void add(int document) {
            if (size > 0 && documents[size - 1] == document) {
                return;
            }
            if (size == documents.length) {
                documents = Arrays.copyOf(documents, size * 2);
            }
            documents[size++] = document;
        }

        int[] toArray() {
            return Arrays.copyOf(documents, size);
        }
    }
}
