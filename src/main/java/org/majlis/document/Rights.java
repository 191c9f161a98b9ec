package org.majlis.document;

/**
 * Under what terms Majlis publishes what it serves (README.md, "Licence"): the claims, the graph and the annotations
 * that curators wrote are CC BY 4.0; a source's text, and so every quote of it, stays its publisher's, reproduced
 * verbatim as the evidence the claims rest on and cited by publisher, date and address.
 */
public final class Rights {

    /** The licence of the curated seeds (YAML) and of everything derived from them: claims, names, annotations. */
    public static final String DATA_LICENCE = "https://creativecommons.org/licenses/by/4.0/";

    /** RightsStatements.org's "In Copyright": a source's text is its rightsholder's, not under Majlis's licence. */
    public static final String SOURCE_TEXT = "http://rightsstatements.org/vocab/InC/1.0/";

    private Rights() {
    }

    /** The sentence a reader or a client shows beside a document's text. */
    static String of(Document document) {
        return "Text © " + document.publisher + ", all rights reserved: it is not under Majlis's licence, and is "
                + "reproduced verbatim as the evidence the claims quote. Cite it by its publisher, date and address.";
    }
}
