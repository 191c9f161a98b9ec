package org.majlis.draft;

import java.util.ArrayList;
import java.util.List;

import org.majlis.search.NamesInText;
import org.majlis.search.TextToken;
import org.majlis.seed.SeedFiles.EvidenceSeed;

/**
 * A text as the rules read it: its tokens, its sentences, and the known names in it, each name as the range of tokens
 * it covers.
 */
final class Reading {

    /** A known name in the text, over tokens {@code [first, last]}. */
    record Name(int first, int last, NamesInText.Found found) {

        String nodeId() {
            return found.nodeIds().get(0);
        }

        boolean of(String type) {
            return found.nodeIds().stream().allMatch(id -> id.startsWith(type + ":"));
        }

        boolean ambiguous() {
            return found.nodeIds().size() > 1;
        }
    }

    final String text;
    final List<TextToken> tokens;
    /** The sentence of each token, numbered from 0. */
    final int[] sentence;
    final List<Name> names;
    /** The name each token lies in, or null. */
    final Name[] nameAt;

    Reading(String text, List<NamesInText.Found> found) {
        this.text = text;
        this.tokens = TextToken.of(text);
        this.sentence = new int[tokens.size()];
        int s = 0;
        for (int i = 1; i < tokens.size(); i++) {
            if (endsSentence(gap(i), tokens.get(i - 1))) {
                s++;
            }
            sentence[i] = s;
        }
        this.names = new ArrayList<>();
        this.nameAt = new Name[tokens.size()];
        int t = 0;
        for (NamesInText.Found f : found) {
            while (t < tokens.size() && tokens.get(t).end() <= f.start()) {
                t++;
            }
            int last = t;
            while (last + 1 < tokens.size() && tokens.get(last + 1).start() < f.end()) {
                last++;
            }
            if (t < tokens.size()) {
                Name name = new Name(t, last, f);
                names.add(name);
                for (int k = t; k <= last; k++) {
                    nameAt[k] = name;
                }
            }
        }
    }

    /** The characters between token {@code i - 1} and token {@code i}. */
    String gap(int i) {
        int from = i == 0 ? 0 : tokens.get(i - 1).end();
        return text.substring(from, tokens.get(i).start());
    }

    /** A full stop, question or exclamation mark, or a line break ends a sentence; the dot after an initial (U.S.) does not. */
    private boolean endsSentence(String gap, TextToken before) {
        if (gap.indexOf('\n') >= 0 || gap.indexOf('!') >= 0 || gap.indexOf('?') >= 0 || gap.indexOf('؟') >= 0) {
            return true;
        }
        return gap.indexOf('.') >= 0 && !(before.end() - before.start() == 1 && !before.arabic());
    }

    /** Whether a comma, semicolon or colon stands between token {@code i - 1} and token {@code i}. */
    boolean pauseBefore(int i) {
        String gap = gap(i);
        return gap.indexOf(',') >= 0 || gap.indexOf('،') >= 0 || gap.indexOf(';') >= 0 || gap.indexOf('؛') >= 0
                || gap.indexOf(':') >= 0;
    }

    boolean sameSentence(int i, int j) {
        return sentence[i] == sentence[j];
    }

    /** The first and last token of the sentence token {@code i} is in. */
    int[] sentenceBounds(int i) {
        int a = i;
        while (a > 0 && sentence[a - 1] == sentence[i]) {
            a--;
        }
        int b = i;
        while (b + 1 < tokens.size() && sentence[b + 1] == sentence[i]) {
            b++;
        }
        return new int[] { a, b };
    }

    /** The original text of tokens {@code [first, last]}. */
    String words(int first, int last) {
        return text.substring(tokens.get(first).start(), tokens.get(last).end());
    }

    /** The quote of tokens {@code [first, last]} in the seed format: which occurrence, where its words stand more than once. */
    EvidenceSeed evidence(int first, int last) {
        return evidenceAt(start(first), end(last));
    }

    /** The quote of {@code text.substring(from, to)} in the seed format. */
    EvidenceSeed evidenceAt(int from, int to) {
        String quote = text.substring(from, to);
        int at = text.indexOf(quote);
        int occurrence = 1;
        while (at >= 0 && at < from) {
            at = text.indexOf(quote, at + 1);
            occurrence++;
        }
        boolean once = text.indexOf(quote, text.indexOf(quote) + 1) < 0;
        return once ? EvidenceSeed.of(quote) : new EvidenceSeed(quote, occurrence);
    }

    Proposal.Quote quote(int first, int last) {
        return new Proposal.Quote(start(first), end(last), words(first, last));
    }

    int start(int token) {
        return tokens.get(token).start();
    }

    int end(int token) {
        return tokens.get(token).end();
    }

    /** Whether the word as written begins with a capital letter (a Latin name's mark). */
    boolean capitalised(int i) {
        return Character.isUpperCase(text.charAt(tokens.get(i).start()));
    }
}
