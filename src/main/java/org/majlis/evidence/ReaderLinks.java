package org.majlis.evidence;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the reader bundled with the service (src/main/resources/META-INF/resources/reader/) shows a quote: the
 * document's page, scrolled to the quote and marked. The reader routes on the URL's fragment, so this is the one
 * place on the server that knows its route; reader/js/routes.js parses the same form.
 */
@ApplicationScoped
public class ReaderLinks {

    private final String reader;

    ReaderLinks(@ConfigProperty(name = "quarkus.http.root-path", defaultValue = "/") String rootPath) {
        this.reader = (rootPath.endsWith("/") ? rootPath : rootPath + "/") + "reader/";
    }

    /** Slugs are lower-case letters, digits, '-' and '_' (GlobalId.SLUG_PATTERN): nothing to escape in a fragment. */
    public String quote(Evidence evidence) {
        return reader + "#/document/" + evidence.documentSlug + "/quote/" + evidence.startOffset + "-" + evidence.endOffset;
    }
}
