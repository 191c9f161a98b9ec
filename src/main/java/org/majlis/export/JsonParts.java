package org.majlis.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.majlis.actor.Actor;
import org.majlis.date.FuzzyDate;
import org.majlis.document.Rights;
import org.majlis.evidence.Disagreement;
import org.majlis.evidence.DisagreementValue;
import org.majlis.evidence.Evidence;
import org.majlis.evidence.SourceView;
import org.majlis.graphql.GlobalId;
import org.majlis.label.Label;
import org.majlis.label.LabelService;
import org.majlis.organisation.Organisation;
import org.majlis.party.PartyRef;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;

/** The pieces the JSON exports share, written as the GraphQL API names them. */
final class JsonParts {

    /** Closing a generator must not end the response: ExportRoutes ends it once the whole body is written. */
    private static final JsonFactory FACTORY = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private JsonParts() {
    }

    static JsonGenerator generator(OutputStream out) throws IOException {
        return FACTORY.createGenerator(out, JsonEncoding.UTF8);
    }

    static String id(PartyRef party) {
        return GlobalId.of(party.isActor() ? Actor.TYPE : Organisation.TYPE, party.slug());
    }

    /** {"id": ..., "name": ...} with the node's English name; null where there is no node. */
    static void node(JsonGenerator g, String field, String id, LabelService labels) throws IOException {
        if (id == null) {
            g.writeNullField(field);
            return;
        }
        g.writeObjectFieldStart(field);
        g.writeStringField("id", id);
        g.writeStringField("name", labels.name(id, "en"));
        g.writeEndObject();
    }

    /** The node's names, one per language: {"en": "Moscow", "ar": "موسكو"}. */
    static void names(JsonGenerator g, String field, String id, LabelService labels) throws IOException {
        g.writeObjectFieldStart(field);
        for (Label name : labels.labels(id, false)) {
            g.writeStringField(name.lang, name.text);
        }
        g.writeEndObject();
    }

    /** A FuzzyDate as the API serves it (iso, precision, the source's words), or null. */
    static void date(JsonGenerator g, String field, FuzzyDate date) throws IOException {
        if (date == null) {
            g.writeNullField(field);
            return;
        }
        g.writeObjectFieldStart(field);
        g.writeStringField("iso", date.iso);
        g.writeStringField("precision", date.precision.name());
        g.writeStringField("text", date.text);
        g.writeEndObject();
    }

    /**
     * The evidence as the API serves it: the quote, its document's id, and its offsets in UTF-16 code units; and
     * the document's publisher, date and address (null where not known), since the quote stays its publisher's.
     */
    static void quotes(JsonGenerator g, String field, List<Evidence> quotes, Citations citations) throws IOException {
        g.writeArrayFieldStart(field);
        for (Evidence quote : quotes) {
            Citations.Citation citation = citations.of(quote.documentSlug);
            g.writeStartObject();
            g.writeStringField("quote", quote.quote);
            g.writeStringField("document", GlobalId.of("Document", quote.documentSlug));
            g.writeNumberField("start", quote.startOffset);
            g.writeNumberField("end", quote.endOffset);
            g.writeStringField("publisher", citation.publisher());
            g.writeStringField("publishedOn", citation.publishedOn().toString());
            g.writeStringField("url", citation.url());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /**
     * How many documents report the claim (its quotes' documents), and where they disagree: each value with the
     * documents that give it, as the API's disagreements; an empty list when they agree.
     */
    static void sources(JsonGenerator g, List<Evidence> quotes, List<Disagreement> disagreements) throws IOException {
        g.writeNumberField("sourceCount", quotes.stream().map(q -> q.documentSlug).distinct().count());
        g.writeArrayFieldStart("disagreements");
        for (Disagreement disagreement : disagreements) {
            g.writeStartObject();
            g.writeStringField("about", disagreement.about.name());
            g.writeArrayFieldStart("values");
            for (DisagreementValue value : disagreement.values) {
                g.writeStartObject();
                g.writeStringField("value", value.text());
                g.writeArrayFieldStart("documents");
                for (SourceView source : value.sources) {
                    g.writeString(GlobalId.of("Document", source.documentSlug));
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** The licence of the data, as a member of the file itself: a downloaded file keeps no HTTP header. */
    static void licence(JsonGenerator g) throws IOException {
        g.writeStringField("license", Rights.DATA_LICENCE);
    }

    /** Runs a write whose IOException ends the export (Pages hands pages to a Consumer, which cannot throw one). */
    static void unchecked(IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    interface IoAction {
        void run() throws IOException;
    }
}
