package org.majlis.label;

import java.util.Locale;

/** Picks the language a client asked for from text kept in English and, optionally, Arabic. */
public final class Texts {

    private Texts() {
    }

    public static String pick(String en, String ar, String lang) {
        return ar != null && lang != null && primary(lang).equals("ar") ? ar : en;
    }

    /** The primary subtag of a BCP 47 tag: "ar" for "ar-LY". */
    public static String primary(String lang) {
        int dash = lang.indexOf('-');
        return (dash < 0 ? lang : lang.substring(0, dash)).toLowerCase(Locale.ROOT);
    }
}
