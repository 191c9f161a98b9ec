package org.majlis.evidence;

/** Builds the reference by which evidence rows point at their claim: "Meeting:<slug>", "Role:<id>". */
public final class Claims {

    private Claims() {
    }

    public static String ref(String type, Object key) {
        return type + ":" + key;
    }
}
