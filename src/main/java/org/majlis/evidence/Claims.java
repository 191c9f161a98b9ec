package org.majlis.evidence;

/** Builds the reference by which evidence rows point at their claim: "Meeting:<slug>", "Role:<id>". */
public final class Claims {

    private Claims() {
    }

    public static String ref(String type, Object key) {
        return type + ":" + key;
    }

    /** The GraphQL type of the claim a reference points at: "Meeting" for "Meeting:<slug>". */
    static String typeOf(String ref) {
        return ref.substring(0, ref.indexOf(':'));
    }
}
