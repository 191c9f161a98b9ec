package org.majlis.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.majlis.actor.Actor;
import org.majlis.search.TextToken;

/**
 * People the graph does not know, from a title standing before a name it does not hold ("Libyan Interior Minister
 * Imad Trabelsi", «وزير الداخلية عماد الطرابلسي»): after the title, its nationality and the body it names, the words of
 * the name (words such as العامة between them are passed over). In English, two to four capitalised words; in Arabic, which has no capitals, two words (three after عبد or
 * أبو) that are none of the lexicon's words, no known name and no date. The person is proposed alone: once accepted,
 * drafting the document again finds their name, and with it their role and meetings.
 */
final class NewPeople {

    static final String RULE = "title-and-new-name";

    /** A new name over tokens {@code [first, last]}. */
    record Found(int first, int last) {
    }

    private static final int MIN_WORDS = 2;
    private static final int MAX_LATIN_WORDS = 4;
    /** Arabic names that begin with these take one word more: عبد الحميد الدبيبة, أبو بكر ... */
    private static final Set<String> COMPOUND_STARTS = Set.of("عبد", "ابو");

    private NewPeople() {
    }

    static List<Found> in(Reading r, Vocabulary v, List<Dates.Found> dates) {
        boolean[] taken = new boolean[r.tokens.size()];
        dates.forEach(d -> {
            for (int k = d.first(); k <= d.last(); k++) {
                taken[k] = true;
            }
        });
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < r.tokens.size(); i++) {
            Phrases.Match<Lexicon.Title> title = v.titles.at(r.tokens, i);
            if (title == null || !title.value().isPost() || r.nameAt[i] != null) {
                continue;
            }
            int k = title.last() + 1;
            while (k < r.tokens.size() && r.sameSentence(k, i) && !r.pauseBefore(k) && (lexicon(v, r.tokens, k)
                    || Vocabulary.is(v.notNames, r.tokens, k) || r.nameAt[k] != null && !r.nameAt[k].of(Actor.TYPE))) {
                k = r.nameAt[k] != null ? r.nameAt[k].last() + 1 : skip(v, r.tokens, k);
            }
            if (k >= r.tokens.size() || !r.sameSentence(k, i) || r.nameAt[k] != null) {
                continue;
            }
            int last = r.tokens.get(k).arabic() ? arabicName(r, v, k, taken) : latinName(r, v, k, taken);
            if (last >= k + MIN_WORDS - 1) {
                found.add(new Found(k, last));
                i = last;
            }
        }
        return found;
    }

    private static int latinName(Reading r, Vocabulary v, int k, boolean[] taken) {
        int last = k - 1;
        while (last + 1 < r.tokens.size() && last + 1 - k < MAX_LATIN_WORDS && r.sameSentence(last + 1, k)
                && (last + 1 == k || !r.pauseBefore(last + 1)) && free(r, v, last + 1, taken) && r.capitalised(last + 1)) {
            last++;
        }
        return last;
    }

    private static int arabicName(Reading r, Vocabulary v, int k, boolean[] taken) {
        int words = COMPOUND_STARTS.contains(r.tokens.get(k).form()) ? MIN_WORDS + 1 : MIN_WORDS;
        int last = k + words - 1;
        if (last >= r.tokens.size()) {
            return k - 1;
        }
        for (int j = k; j <= last; j++) {
            if (!r.sameSentence(j, k) || j > k && r.pauseBefore(j) || !free(r, v, j, taken) || !r.tokens.get(j).arabic()
                    || r.tokens.get(j).form().length() < 3) {
                return k - 1;
            }
        }
        return last;
    }

    /** Whether the token may be part of a new name: no known name, date or word of the lexicon. */
    private static boolean free(Reading r, Vocabulary v, int j, boolean[] taken) {
        return r.nameAt[j] == null && !taken[j] && !lexicon(v, r.tokens, j) && v.triggers.at(r.tokens, j) == null
                && v.forces.at(r.tokens, j) == null && v.months.at(r.tokens, j) == null && v.weekdays.at(r.tokens, j) == null
                && !Vocabulary.is(v.notNames, r.tokens, j);
    }

    /** A title, nationality or joiner word at the token (what may stand between a title and its name). */
    private static boolean lexicon(Vocabulary v, List<TextToken> tokens, int k) {
        return v.titles.at(tokens, k) != null || v.nationalities.at(tokens, k) != null || Vocabulary.is(v.joiners, tokens, k);
    }

    private static int skip(Vocabulary v, List<TextToken> tokens, int k) {
        for (Phrases<?> phrases : List.of(v.titles, v.nationalities, v.joiners)) {
            Phrases.Match<?> m = phrases.at(tokens, k);
            if (m != null) {
                return m.last() + 1;
            }
        }
        return k + 1;
    }
}
