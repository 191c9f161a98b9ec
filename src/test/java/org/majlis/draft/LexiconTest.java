package org.majlis.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.majlis.search.TextToken;

/** Each bundled lexicon (src/main/resources/drafts/) reads, and holds what the rules take from it. */
class LexiconTest {

    @ParameterizedTest
    @ValueSource(strings = { "ar", "en" })
    void everyListIsThereAndEveryPhraseFoldsToWords(String language) {
        Lexicon lexicon = Lexicon.of(language);
        assertEquals(language, lexicon.language());
        List<List<String>> lists = new ArrayList<>(List.of(lexicon.joiners(), lexicon.attended(), lexicon.today(),
                lexicon.yesterday(), lexicon.last(), lexicon.years(), lexicon.alleged(), lexicon.notNames()));
        lexicon.titles().forEach(t -> lists.add(t.words()));
        lexicon.meetings().forEach(t -> lists.add(t.words()));
        lexicon.presences().forEach(f -> lists.add(f.words()));
        lists.addAll(lexicon.nationalities().values());
        lists.addAll(lexicon.months().values());
        lists.addAll(lexicon.weekdays().values());
        for (List<String> phrases : lists) {
            assertFalse(phrases.isEmpty(), language + ": an empty list");
            phrases.forEach(p -> assertFalse(TextToken.fold(p).isEmpty(), language + ": «" + p + "» has no word"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "ar", "en" })
    void monthsWeekdaysAndCountriesAreWhatTheirKeysSay(String language) {
        Lexicon lexicon = Lexicon.of(language);
        assertEquals(Set.copyOf(IntStream.rangeClosed(1, 12).boxed().toList()), lexicon.months().keySet());
        assertEquals(Set.copyOf(IntStream.rangeClosed(1, 7).boxed().toList()), lexicon.weekdays().keySet());
        lexicon.nationalities().keySet().forEach(code -> assertTrue(code.matches("[A-Z]{2}"), code + " is no ISO country code"));
        lexicon.meetings().forEach(t -> assertTrue(t.kind() != null && t.subject() != null && t.object() != null && t.verb() != null,
                t.words().toString()));
        lexicon.presences().forEach(f -> assertTrue(f.kind() != null, f.words().toString()));
        lexicon.titles().stream().filter(t -> t.body() != null)
                .forEach(t -> assertTrue(t.body().kind() != null && !t.body().named().isEmpty(), t.words().toString()));
    }

    @ParameterizedTest
    @ValueSource(strings = { "ar", "en" })
    void noTitleOrMeetingPhraseStandsTwice(String language) {
        Lexicon lexicon = Lexicon.of(language);
        Set<List<String>> seen = new HashSet<>();
        lexicon.titles().forEach(t -> t.words().forEach(w -> assertTrue(seen.add(TextToken.fold(w)), language + ": title «" + w + "» twice")));
        seen.clear();
        lexicon.meetings().forEach(t -> t.words().forEach(w -> assertTrue(seen.add(TextToken.fold(w)), language + ": verb «" + w + "» twice")));
    }

    @Test
    void everyArabicTitleSaysItsEnglishName() {
        Lexicon.of("ar").titles().stream().filter(Lexicon.Title::isPost)
                .forEach(t -> assertTrue(t.en() != null, t.words() + " has no English name"));
    }
}
