package org.majlis.draft;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.majlis.search.TextToken;

/** A {@link Lexicon} folded and ready to match: its phrases, each with what it stands for. */
final class Vocabulary {

    final Lexicon lexicon;
    final Phrases<Lexicon.Title> titles = new Phrases<>();
    final Phrases<String> nationalities;
    final Phrases<Boolean> joiners;
    final Phrases<Lexicon.Trigger> triggers = new Phrases<>();
    final Phrases<Boolean> attended;
    final Phrases<Lexicon.Force> forces = new Phrases<>();
    final Phrases<Integer> months;
    final Phrases<Integer> weekdays;
    final Phrases<Boolean> today;
    final Phrases<Boolean> yesterday;
    final Phrases<Boolean> last;
    final Phrases<Boolean> years;
    final Phrases<Boolean> alleged;
    final Phrases<Boolean> notNames;

    private static final Map<String, Vocabulary> BUNDLED = new LinkedHashMap<>();

    /** The bundled lexicon of a language, folded once and kept. */
    static synchronized Vocabulary of(String language) {
        return BUNDLED.computeIfAbsent(Lexicon.LANGUAGES.contains(language) ? language : "en",
                lang -> new Vocabulary(Lexicon.of(lang)));
    }

    Vocabulary(Lexicon lexicon) {
        this.lexicon = lexicon;
        lexicon.titles().forEach(t -> t.words().forEach(w -> titles.add(w, t)));
        titles.sorted();
        nationalities = Phrases.of(lexicon.nationalities());
        joiners = Phrases.of(lexicon.joiners());
        lexicon.meetings().forEach(t -> t.words().forEach(w -> triggers.add(w, t)));
        triggers.sorted();
        attended = Phrases.of(lexicon.attended());
        lexicon.presences().forEach(f -> f.words().forEach(w -> forces.add(w, f)));
        forces.sorted();
        months = Phrases.of(lexicon.months());
        weekdays = Phrases.of(lexicon.weekdays());
        today = Phrases.of(lexicon.today());
        yesterday = Phrases.of(lexicon.yesterday());
        last = Phrases.of(lexicon.last());
        years = Phrases.of(lexicon.years());
        alleged = Phrases.of(lexicon.alleged());
        notNames = Phrases.of(lexicon.notNames());
    }

    /** How long a و glued to a title is (ووزير, والمشير: the list's "and", not the title's): 1, else 0. */
    int andLength(TextToken token) {
        String form = token.form();
        return form.startsWith("و") && titles.startsWith(form.substring(1)) && !titles.startsWith(form) ? 1 : 0;
    }

    /** Whether the token is one of these words (a one-word phrase of them matches there). */
    static boolean is(Phrases<?> phrases, List<TextToken> tokens, int i) {
        Phrases.Match<?> m = phrases.at(tokens, i);
        return m != null && m.last() == i;
    }
}
