package org.majlis.search;

import org.eclipse.microprofile.graphql.Description;

@Description("How a search text matched a name; hits of a better kind always rank higher.")
public enum MatchKind {
    @Description("The name exactly as typed, ignoring only case and spacing. Score 1.")
    EXACT,
    @Description("The same name after folding spelling variants (Arabic hamza, ى/ي, ة/ه, diacritics, tatweel, "
            + "clitics and the article; Latin case, accents, al-/el-, hyphens, apostrophes) and joining or splitting "
            + "words. Score 0.6 to 0.9, higher when more of the name is matched.")
    NORMALISED,
    @Description("A close spelling or another script: the consonant skeleton of the name is the same or a letter "
            + "or two away. Score up to 0.5.")
    APPROXIMATE
}
