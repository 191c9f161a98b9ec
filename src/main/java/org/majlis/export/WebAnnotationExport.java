package org.majlis.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.majlis.document.Document;
import org.majlis.document.Rights;
import org.majlis.evidence.Evidence;
import org.majlis.graphql.GlobalId;
import org.majlis.http.Refusal;

import com.fasterxml.jackson.core.JsonGenerator;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * A document's evidence quotes as a W3C Web Annotation collection (JSON-LD, the model's context): each quote an
 * annotation that targets the document's text with a TextQuoteSelector (the quote, and up to {@link #CONTEXT} code
 * points of text before and after it, by which a tool finds it again in a re-encoded copy) and a
 * TextPositionSelector in code points ({@link TextPosition}), and whose body is the claim the quote backs. The
 * annotations are under {@link Rights#DATA_LICENCE}; the text they target stays its publisher's, named as its
 * creator with its date and address.
 */
@ApplicationScoped
class WebAnnotationExport {

    static final String MEDIA_TYPE = "application/ld+json; profile=\"http://www.w3.org/ns/anno.jsonld\"";
    static final String CONTEXT_IRI = "http://www.w3.org/ns/anno.jsonld";
    /** "A few dozen characters" of prefix and suffix: enough to tell apart repeated phrases of a news article. */
    static final int CONTEXT = 32;

    /** @param base the server's address as the client reached it, e.g. http://localhost:8080 */
    Download annotations(String slug, String base) {
        Document document = find(slug);
        List<Evidence> quotes = QuarkusTransaction.requiringNew().call(() -> Evidence.inDocument(slug));
        String collection = base + ExportRoutes.annotationsPath(slug);
        String source = base + ExportRoutes.textPath(slug);
        return new Download(MEDIA_TYPE, slug + ".annotations.jsonld", out -> write(out, document, quotes, collection, source));
    }

    /** The document's verbatim text, the source that every annotation's selectors select from. */
    Download text(String slug) {
        Document document = find(slug);
        return new Download("text/plain; charset=UTF-8", slug + ".txt", null, // the publisher's, not Majlis's to license
                out -> out.write(document.text.getBytes(StandardCharsets.UTF_8)));
    }

    private static Document find(String slug) {
        if (!slug.matches(GlobalId.SLUG_PATTERN)) {
            throw Refusal.invalidArgument("'" + slug + "' is not a document slug: slugs look like 000_de159ab6a08af78c");
        }
        Document document = QuarkusTransaction.requiringNew().call(() -> Document.<Document> findById(slug));
        if (document == null) {
            throw Refusal.notFound("no document " + GlobalId.of(Document.TYPE, slug));
        }
        return document;
    }

    private void write(OutputStream out, Document document, List<Evidence> quotes, String collection, String source)
            throws IOException {
        try (JsonGenerator g = JsonParts.generator(out)) {
            g.writeStartObject();
            g.writeStringField("@context", CONTEXT_IRI);
            g.writeStringField("id", collection);
            g.writeStringField("type", "AnnotationCollection");
            g.writeStringField("label", "Evidence quotes of " + document.getId() + ": " + document.title);
            g.writeStringField("rights", Rights.DATA_LICENCE);
            g.writeNumberField("total", quotes.size());
            // one page, embedded: it is the first and the last (the model's SHOULDs), and says whose part it is
            String page = collection + "#page-1";
            g.writeStringField("last", page);
            g.writeObjectFieldStart("first");
            g.writeStringField("id", page);
            g.writeStringField("type", "AnnotationPage");
            g.writeStringField("partOf", collection);
            g.writeNumberField("startIndex", 0);
            g.writeArrayFieldStart("items");
            String text = document.text;
            int unit = 0;
            int codePoint = 0;
            for (Evidence quote : quotes) {
                // quotes come in text order: the code points before each start are counted once, not from 0 each time
                codePoint += text.codePointCount(unit, quote.startOffset);
                unit = quote.startOffset;
                int length = text.codePointCount(quote.startOffset, quote.endOffset);
                annotation(g, quote, collection, source, document, codePoint, codePoint + length);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
        }
    }

    /**
     * Whose the annotated text is: its publisher (the model's creator, an Organization), the day it was published
     * (Dublin Core's issued: the model's created takes a date-time, which the sources do not give), where it was
     * published when known (the model's via), and that it is in copyright, not under the annotations' licence.
     */
    private static void source(JsonGenerator g, Document document) throws IOException {
        g.writeObjectFieldStart("creator");
        g.writeStringField("type", "Organization");
        g.writeStringField("name", document.publisher);
        g.writeEndObject();
        g.writeStringField("dcterms:issued", document.publishedOn.toString());
        if (document.url != null) {
            g.writeStringField("via", document.url);
        }
        g.writeStringField("rights", Rights.SOURCE_TEXT);
    }

    private static void annotation(JsonGenerator g, Evidence quote, String collection, String source, Document document,
            int start, int end) throws IOException {
        String text = document.text;
        g.writeStartObject();
        g.writeStringField("id", collection + "#" + quote.key);
        g.writeStringField("type", "Annotation");
        g.writeStringField("motivation", "linking");
        g.writeStringField("rights", Rights.DATA_LICENCE);
        g.writeStringField("body", ExportRoutes.claimIri(quote.claim));
        g.writeObjectFieldStart("target");
        g.writeStringField("type", "SpecificResource");
        g.writeObjectFieldStart("source");
        g.writeStringField("id", source);
        g.writeStringField("type", "Text");
        g.writeStringField("format", "text/plain");
        g.writeStringField("language", document.language);
        source(g, document);
        g.writeEndObject();
        g.writeArrayFieldStart("selector");
        g.writeStartObject();
        g.writeStringField("type", "TextQuoteSelector");
        g.writeStringField("exact", quote.quote);
        String prefix = text.substring(TextPosition.move(text, quote.startOffset, -CONTEXT), quote.startOffset);
        String suffix = text.substring(quote.endOffset, TextPosition.move(text, quote.endOffset, CONTEXT));
        if (!prefix.isEmpty()) {
            g.writeStringField("prefix", prefix);
        }
        if (!suffix.isEmpty()) {
            g.writeStringField("suffix", suffix);
        }
        g.writeEndObject();
        g.writeStartObject();
        g.writeStringField("type", "TextPositionSelector");
        g.writeNumberField("start", start);
        g.writeNumberField("end", end);
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }
}
