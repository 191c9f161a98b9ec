package org.majlis.evidence;

/**
 * Builds the reference by which evidence rows point at their claim, the claim's global id ("Meeting:<slug>",
 * "Role:<document>.<key>"), and the id of each quote, from what it is.
 */
public final class Claims {

    private Claims() {
    }

    public static String ref(String type, Object key) {
        return type + ":" + key;
    }

    /**
     * The id of a quote that backs a claim: the claim's reference, then the passage. The document is part of it since
     * a claim rests on quotes of several sources ({@link ClaimSource}), which may stand at the same offsets.
     */
    public static String quote(String claim, String documentSlug, int start, int end) {
        return claim + "@" + passage(documentSlug, start, end);
    }

    /** A passage of a document, by its UTF-16 span: 000_de159ab6a08af78c:132-165. */
    public static String passage(String documentSlug, int start, int end) {
        return documentSlug + ":" + start + "-" + end;
    }

    /** The GraphQL type of the claim a reference points at: "Meeting" for "Meeting:<slug>". */
    static String typeOf(String ref) {
        return ref.substring(0, ref.indexOf(':'));
    }
}
