package org.majlis.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.majlis.document.Document;
import org.majlis.evidence.Evidence;

/**
 * Who published each document that a page's quotes are taken from, when and where: the attribution that goes with
 * every quote an export carries, since a source's text stays its publisher's. One query for the page.
 */
final class Citations {

    record Citation(String publisher, LocalDate publishedOn, String url) {
    }

    private final Map<String, Citation> bySlug;

    private Citations(Map<String, Citation> bySlug) {
        this.bySlug = bySlug;
    }

    /** The citations of every document the quotes are taken from, read inside the page's transaction. */
    static Citations of(List<List<Evidence>> quotes) {
        Set<String> documents = quotes.stream().flatMap(List::stream).map(e -> e.documentSlug).collect(Collectors.toSet());
        return new Citations(documents.isEmpty() ? Map.of()
                : Document.citations(documents).stream().collect(Collectors.toMap(c -> (String) c[0],
                        c -> new Citation((String) c[1], (LocalDate) c[2], (String) c[3]))));
    }

    Citation of(String documentSlug) {
        return bySlug.get(documentSlug);
    }
}
