package org.majlis.seed;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which labels the sources use: spelt exactly so in a document's text, as whole words, where an Arabic word may
 * carry up to two one-letter proclitics (و ف ب ل ك: وحفتر, لحفتر, وبالجفرة). The spelling is compared as written,
 * as quotes are: a label that differs from the text by a hamza or a diacritic is not the source's spelling.
 *
 * <p>A label marked background ("no source uses it") stays background only while this finds it in no document,
 * so that the flag cannot go stale as articles arrive. The texts are scanned once, word by word, looking up each
 * word (and each word without its proclitics) among the labels' first words.
 */
final class LabelUse {

    private static final String PROCLITICS = "وفبلك";
    private static final int MAX_PROCLITICS = 2;

    private LabelUse() {
    }

    /** @return the labels of {@code labels} that occur in one of {@code texts} */
    static Set<String> used(Collection<String> labels, Collection<String> texts) {
        Map<String, List<String>> byFirstWord = new HashMap<>();
        for (String label : labels) {
            int end = wordEnd(label, 0);
            if (end > 0) {
                byFirstWord.computeIfAbsent(label.substring(0, end), w -> new ArrayList<>()).add(label);
            }
        }
        Set<String> used = new HashSet<>();
        for (String text : texts) {
            for (int start = nextWord(text, 0); start < text.length(); start = nextWord(text, wordEnd(text, start))) {
                int end = wordEnd(text, start);
                for (int clitics = 0; clitics <= MAX_PROCLITICS && start + clitics < end; clitics++) {
                    if (clitics > 0 && PROCLITICS.indexOf(text.charAt(start + clitics - 1)) < 0) {
                        break;
                    }
                    int at = start + clitics;
                    for (String label : byFirstWord.getOrDefault(text.substring(at, end), List.of())) {
                        if (text.startsWith(label, at) && !isWordChar(text, at + label.length())) {
                            used.add(label);
                        }
                    }
                }
            }
        }
        return used;
    }

    private static int nextWord(String text, int from) {
        int i = from;
        while (i < text.length() && !isWordChar(text, i)) {
            i++;
        }
        return i;
    }

    private static int wordEnd(String text, int from) {
        int i = from;
        while (isWordChar(text, i)) {
            i++;
        }
        return i;
    }

    /**
     * Letters (tatweel is one, a modifier letter), digits and marks (Arabic diacritics) make words, as in the search's
     * words; an index past the end is no word character.
     */
    private static boolean isWordChar(String text, int i) {
        if (i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
