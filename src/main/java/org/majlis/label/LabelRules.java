package org.majlis.label;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a node's names and aliases must be, wherever they come from (the seeds' entities, a mutation): one name per
 * language, one of them English, and no spelling listed twice among them.
 */
public final class LabelRules {

    /** A BCP 47 language tag, as a document's language and every label's are written. */
    public static final String LANGUAGE = "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$";
    public static final String LANGUAGE_MESSAGE = "must be a BCP 47 language tag such as ar or en";

    private LabelRules() {
    }

    /** A name or an alias as given: its language and its text. */
    public record Spelling(String lang, String text) {
    }

    /**
     * A problem with one spelling ({@code index} in names or in aliases), or with the names as a whole
     * ({@code index} -1).
     */
    public record Problem(boolean alias, int index, String message) {
    }

    /** The problems, in the order of the lists; names null is not checked for English (it is missing, said elsewhere). */
    public static List<Problem> check(List<Spelling> names, List<Spelling> aliases) {
        List<Problem> problems = new ArrayList<>();
        Set<String> langs = new HashSet<>();
        Set<String> seen = new HashSet<>();
        List<Spelling> given = names == null ? List.of() : names;
        for (int i = 0; i < given.size(); i++) {
            Spelling name = given.get(i);
            if (name == null) {
                continue;
            }
            if (!langs.add(name.lang)) {
                problems.add(new Problem(false, i, "a second name in '" + name.lang + "': put other spellings under aliases"));
            }
            seen.add(name.lang + "\u0000" + name.text);
        }
        if (names != null && !langs.contains("en")) {
            problems.add(new Problem(false, -1, "needs a name in English (lang: en)"));
        }
        List<Spelling> others = aliases == null ? List.of() : aliases;
        for (int i = 0; i < others.size(); i++) {
            Spelling alias = others.get(i);
            if (alias != null && !seen.add(alias.lang + "\u0000" + alias.text)) {
                problems.add(new Problem(true, i, "'" + alias.text + "' is listed twice among this entry's names and aliases"));
            }
        }
        return problems;
    }
}
