package org.majlis.search;

import java.util.List;

/**
 * A consonant skeleton shared by Arabic and Latin script, so that a name can be matched across scripts and
 * transliterations: حفتر, Haftar, Hifter and Hafter are all HFTR; لافروف and Lavrov are both LFRF.
 * <p>
 * Vowels are what transliterations disagree on most, and Arabic mostly does not write them, so they are dropped
 * on both sides, together with the letters that transliterations render as vowels or not at all (ا و ي ى ع and
 * hamza; a e i o u w y). Consonants fall into classes of sounds that transliterations confuse: ق ك غ خ and
 * q k c g kh gh are one class; س ص ز ش and s z sh ch another; ت ط ث and t th; د ض ذ ظ and d dh; ف and f v ph.
 * A final ه (ة after folding) and a final h after a vowel (Misratah, Abdullah) are the feminine ending or a
 * long vowel, not a consonant. Repeated classes collapse (Gaddafi, al-Haddad, Kharruba).
 */
final class SkeletonKey {

    private SkeletonKey() {
    }

    /** The key of a folded word (see {@link Words}), its article left out; empty for a word of vowels only. */
    static String of(String form, boolean arabic) {
        return arabic ? arabic(Arabic.withoutArticle(form)) : latin(form);
    }

    /** The key of a whole name from the keys of its words: word breaks do not count (عبدالله, عبد الله). */
    static String join(List<String> keys) {
        StringBuilder key = new StringBuilder();
        for (String part : keys) {
            for (int i = 0; i < part.length(); i++) {
                append(key, part.charAt(i));
            }
        }
        return key.toString();
    }

    static String arabic(String form) {
        StringBuilder key = new StringBuilder(form.length());
        int last = form.length() - 1;
        for (int i = 0; i <= last; i++) {
            char c = form.charAt(i);
            if (c == 'ه' && i == last && i > 0) {
                break;
            }
            append(key, arabicClass(c));
        }
        return key.toString();
    }

    static String latin(String form) {
        StringBuilder key = new StringBuilder(form.length());
        for (int i = 0; i < form.length(); i++) {
            char c = form.charAt(i);
            char next = i + 1 < form.length() ? form.charAt(i + 1) : 0;
            char digraph = next == 'h' ? digraph(c) : 0;
            if (digraph != 0) {
                append(key, digraph);
                i++;
            } else if (c == 'h' && i == form.length() - 1 && i > 0 && isVowel(form.charAt(i - 1))) {
                break;
            } else if (c == 'x') {
                append(key, 'K');
                append(key, 'S');
            } else {
                append(key, latinClass(c));
            }
        }
        return key.toString();
    }

    private static void append(StringBuilder key, char sound) {
        if (sound != 0 && (key.isEmpty() || key.charAt(key.length() - 1) != sound)) {
            key.append(sound);
        }
    }

    private static char arabicClass(char c) {
        return switch (c) {
            case 'ب', 'پ' -> 'B';
            case 'ت', 'ط', 'ث' -> 'T';
            case 'د', 'ض', 'ذ', 'ظ' -> 'D';
            case 'س', 'ص', 'ز', 'ش' -> 'S';
            case 'ق', 'ك', 'غ', 'خ', 'گ', 'ک' -> 'K';
            case 'ج' -> 'J';
            case 'ح', 'ه' -> 'H';
            case 'ف', 'ڤ' -> 'F';
            case 'ر' -> 'R';
            case 'ل' -> 'L';
            case 'م' -> 'M';
            case 'ن' -> 'N';
            default -> 0;
        };
    }

    private static char latinClass(char c) {
        return switch (c) {
            case 'b', 'p' -> 'B';
            case 't' -> 'T';
            case 'd' -> 'D';
            case 's', 'z' -> 'S';
            case 'k', 'q', 'c', 'g' -> 'K';
            case 'j' -> 'J';
            case 'h' -> 'H';
            case 'f', 'v' -> 'F';
            case 'r' -> 'R';
            case 'l' -> 'L';
            case 'm' -> 'M';
            case 'n' -> 'N';
            default -> 0;
        };
    }

    private static char digraph(char first) {
        return switch (first) {
            case 'k', 'g' -> 'K';
            case 's', 'c' -> 'S';
            case 't' -> 'T';
            case 'd' -> 'D';
            case 'p' -> 'F';
            case 'z' -> 'J';
            default -> 0;
        };
    }

    private static boolean isVowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }
}
