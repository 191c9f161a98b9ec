package org.majlis.evidence;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where a quote that is not in its text comes closest, and what differs, so that an analyst sees what to change.
 * An analyst's quote usually differs from the text by a hamza, a space or a diacritic: the quote is looked for
 * again with each of those kinds folded away, and the kinds whose folding was needed are named. When even that
 * finds nothing, the passage with the fewest letters to change is named, if few enough for it to be a typo.
 *
 * <p>Lucene's {@code ArabicNormalizer}, which the search folds names with, folds every kind at once and drops
 * characters without saying where they were; here each kind is folded apart, keeping each letter's place in the
 * original text, so that the passage is cut from the text as it stands and the message can say what differs.
 */
final class NearestPassage {

    /** A kind of difference that an analyst fixes without rethinking the quote. */
    enum Difference {
        SPACES("spaces"), DIACRITICS("diacritics"), HAMZA("hamza forms"), CASE("letter case"), LETTERS("letters");

        final String words;

        Difference(String words) {
            this.words = words;
        }
    }

    /** The passage of the text at [start, end), and what differs from the quote. */
    record Found(int start, int end, Set<Difference> differences, int lettersChanged) {
    }

    /** Beyond this many cells the approximate search is skipped: a typo in a quote is not worth seconds. */
    static final long MAX_ALIGNMENT_CELLS = 20_000_000;

    private static final Set<Difference> FOLDABLE = EnumSet.of(Difference.SPACES, Difference.DIACRITICS,
            Difference.HAMZA, Difference.CASE);

    private NearestPassage() {
    }

    static Optional<Found> in(String text, String quote) {
        Folded foldedText = Folded.of(text, FOLDABLE);
        Folded foldedQuote = Folded.of(quote, FOLDABLE);
        if (foldedQuote.letters.isEmpty()) {
            return Optional.empty();
        }
        int at = foldedText.letters.indexOf(foldedQuote.letters);
        if (at >= 0) {
            int start = foldedText.origin(at);
            int end = foldedText.endOrigin(at + foldedQuote.letters.length(), text);
            return Optional.of(new Found(start, end, differences(quote, text.substring(start, end)), 0));
        }
        return closest(foldedText, foldedQuote.letters, text);
    }

    /** The kinds that must be folded for the two to be equal: folding all but one of them leaves them unequal. */
    private static Set<Difference> differences(String quote, String passage) {
        Set<Difference> differences = EnumSet.noneOf(Difference.class);
        for (Difference kind : FOLDABLE) {
            Set<Difference> others = EnumSet.copyOf(FOLDABLE);
            others.remove(kind);
            if (!Folded.of(quote, others).letters.equals(Folded.of(passage, others).letters)) {
                differences.add(kind);
            }
        }
        return differences;
    }

    /**
     * Sellers' algorithm: the edit distance from the quote to the best-matching passage ending at each place of
     * the text (a passage may start anywhere at no cost), keeping where that passage starts. A quote more than a
     * quarter of whose letters must change is not a typo of the text, and no passage is named. Of passages equally
     * close, the one that ends last is named: a quote that drops a letter of يفكورورف matches يفكورو as well.
     */
    private static Optional<Found> closest(Folded text, String quote, String original) {
        String letters = text.letters;
        int m = quote.length();
        if ((long) m * letters.length() > MAX_ALIGNMENT_CELLS) {
            return Optional.empty();
        }
        int[] cost = new int[m + 1];
        int[] from = new int[m + 1];
        for (int i = 0; i <= m; i++) {
            cost[i] = i;
        }
        int best = Integer.MAX_VALUE;
        int bestStart = 0;
        int bestEnd = 0;
        for (int j = 1; j <= letters.length(); j++) {
            int diagonalCost = cost[0];
            int diagonalFrom = from[0];
            cost[0] = 0;
            from[0] = j;
            for (int i = 1; i <= m; i++) {
                int aboveCost = cost[i];
                int aboveFrom = from[i];
                int substitute = diagonalCost + (quote.charAt(i - 1) == letters.charAt(j - 1) ? 0 : 1);
                int skipText = aboveCost + 1;
                int skipQuote = cost[i - 1] + 1;
                if (substitute <= skipText && substitute <= skipQuote) {
                    cost[i] = substitute;
                    from[i] = diagonalFrom;
                } else if (skipText <= skipQuote) {
                    cost[i] = skipText;
                    from[i] = aboveFrom;
                } else {
                    cost[i] = skipQuote;
                    from[i] = from[i - 1];
                }
                diagonalCost = aboveCost;
                diagonalFrom = aboveFrom;
            }
            if (cost[m] <= best) { // of equally close passages the last, which ends with the whole of a word
                best = cost[m];
                bestStart = from[m];
                bestEnd = j;
            }
        }
        if (best > m / 4 || bestEnd <= bestStart) {
            return Optional.empty();
        }
        int start = text.origin(bestStart);
        int end = text.endOrigin(bestEnd, original);
        return Optional.of(new Found(start, end, EnumSet.of(Difference.LETTERS), best));
    }

    /** A text with some kinds of difference folded away, and where each remaining letter stood in the original. */
    private record Folded(String letters, int[] origins) {

        static Folded of(String text, Set<Difference> folded) {
            StringBuilder letters = new StringBuilder(text.length());
            List<Integer> origins = new ArrayList<>(text.length());
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (folded.contains(Difference.SPACES) && (Character.isWhitespace(c) || c == '\u200c' || c == '\u200d')) {
                    continue;
                }
                if (folded.contains(Difference.DIACRITICS) && isDiacritic(c)) {
                    continue;
                }
                String letter = folded.contains(Difference.HAMZA) ? withoutHamza(c) : String.valueOf(c);
                if (folded.contains(Difference.CASE)) {
                    letter = letter.toLowerCase(Locale.ROOT);
                }
                for (int k = 0; k < letter.length(); k++) {
                    letters.append(letter.charAt(k));
                    origins.add(i);
                }
            }
            return new Folded(letters.toString(), origins.stream().mapToInt(Integer::intValue).toArray());
        }

        int origin(int folded) {
            return origins[folded];
        }

        /** Just after the letter before {@code folded}, with the diacritics that sit on that letter. */
        int endOrigin(int folded, String original) {
            int end = origins[folded - 1] + 1;
            while (end < original.length() && isDiacritic(original.charAt(end))) {
                end++;
            }
            return end;
        }
    }

    /** Arabic harakat, tanwin, shadda, sukun, the dagger alef and Quranic marks, and tatweel. */
    static boolean isDiacritic(char c) {
        return (c >= '\u064b' && c <= '\u065f') || c == '\u0670' || (c >= '\u06d6' && c <= '\u06ed') || c == '\u0640';
    }

    /** The letter a hamza sits on, or nothing for a hamza on its own. */
    private static String withoutHamza(char c) {
        return switch (c) {
            case '\u0622', '\u0623', '\u0625', '\u0671' -> "\u0627"; // آ أ إ ٱ → ا
            case '\u0624' -> "\u0648"; // ؤ → و
            case '\u0626' -> "\u064a"; // ئ → ي
            case '\u0621' -> ""; // ء
            default -> String.valueOf(c);
        };
    }
}
