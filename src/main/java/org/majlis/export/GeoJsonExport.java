package org.majlis.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.majlis.evidence.Disagreement;
import org.majlis.evidence.Evidence;
import org.majlis.evidence.Sources;
import org.majlis.graphql.Batch;
import org.majlis.graphql.GlobalId;
import org.majlis.label.LabelService;
import org.majlis.organisation.Organisation;
import org.majlis.place.Place;
import org.majlis.presence.MilitaryPresence;
import org.majlis.presence.PresenceSupport;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Places and military presences as GeoJSON (RFC 7946): a FeatureCollection of Points, [longitude, latitude] in
 * WGS 84. What has no coordinates (a place whose coordinates are not known, a presence whose source names no place)
 * cannot be drawn: it is left out, and counted in the collection's foreign member {@value #LEFT_OUT}.
 */
@ApplicationScoped
class GeoJsonExport {

    static final String MEDIA_TYPE = "application/geo+json";
    static final String LEFT_OUT = "withoutCoordinates";

    private final LabelService labels;

    GeoJsonExport(LabelService labels) {
        this.labels = labels;
    }

    Download places() {
        return new Download(MEDIA_TYPE, "majlis-places.geojson", out -> collection(out, g -> {
            int[] leftOut = { 0 };
            Pages.each(Place.class, "slug", p -> p.slug, rows -> rows, page -> JsonParts.unchecked(() -> {
                for (Place place : page) {
                    if (located(place)) {
                        place(g, place);
                    } else {
                        leftOut[0]++;
                    }
                }
            }));
            return leftOut[0];
        }));
    }

    Download militaryPresences() {
        return new Download(MEDIA_TYPE, "majlis-military-presences.geojson", out -> collection(out, g -> {
            int[] leftOut = { 0 };
            Pages.each(MilitaryPresence.class, "slug", p -> p.slug, PresencePage::load, page -> JsonParts.unchecked(() -> {
                for (int i = 0; i < page.presences.size(); i++) {
                    Place place = page.places.get(i);
                    if (located(place)) {
                        presence(g, page, i, place);
                    } else {
                        leftOut[0]++;
                    }
                }
            }));
            return leftOut[0];
        }));
    }

    /**
     * A page of presences with their places, supported sides, evidence and its documents, and where their sources
     * disagree: five queries for the page.
     */
    private record PresencePage(List<MilitaryPresence> presences, List<Place> places, List<List<PresenceSupport>> supports,
            List<List<Evidence>> evidence, Citations citations, List<List<Disagreement>> disagreements) {
        static PresencePage load(List<MilitaryPresence> rows) {
            List<List<Evidence>> evidence = Batch.many(rows, MilitaryPresence::claim, Evidence::forClaims, e -> e.claim);
            return new PresencePage(rows, Batch.one(rows, p -> p.placeSlug, Place::findBySlugs, p -> p.slug),
                    Batch.many(rows, p -> p.slug, PresenceSupport::forPresences, s -> s.presenceSlug), evidence,
                    Citations.of(evidence), Sources.disagreements(rows, MilitaryPresence::claim, MilitaryPresence::ownSource));
        }
    }

    @FunctionalInterface
    private interface Features {
        /** Writes the features and answers how many were left out. */
        int write(JsonGenerator g) throws IOException;
    }

    private void collection(OutputStream out, Features features) throws IOException {
        try (JsonGenerator g = JsonParts.generator(out)) {
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            JsonParts.licence(g);
            g.writeArrayFieldStart("features");
            int leftOut = features.write(g);
            g.writeEndArray();
            g.writeNumberField(LEFT_OUT, leftOut); // known once every row is read: written last, JSON keeps no order
            g.writeEndObject();
        }
    }

    private void place(JsonGenerator g, Place place) throws IOException {
        startFeature(g, place.getId(), place);
        g.writeStringField("name", labels.name(place.getId(), "en"));
        JsonParts.names(g, "names", place.getId(), labels);
        g.writeStringField("kind", place.kind.name());
        g.writeStringField("country", place.country);
        strings(g, "backgroundFields", place.getBackgroundFields());
        endFeature(g);
    }

    private void presence(JsonGenerator g, PresencePage page, int i, Place place) throws IOException {
        MilitaryPresence presence = page.presences.get(i);
        startFeature(g, presence.getId(), place);
        g.writeStringField("kind", presence.kind.name());
        JsonParts.node(g, "force", GlobalId.of(Organisation.TYPE, presence.forceSlug), labels);
        JsonParts.node(g, "sponsor", presence.sponsorSlug == null ? null : GlobalId.of(Organisation.TYPE, presence.sponsorSlug),
                labels);
        g.writeArrayFieldStart("supports");
        for (PresenceSupport side : page.supports.get(i)) {
            g.writeStartObject();
            g.writeStringField("id", JsonParts.id(side.party));
            g.writeStringField("name", labels.name(JsonParts.id(side.party), "en"));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("hostCountry", presence.hostCountry);
        JsonParts.node(g, "place", place.getId(), labels);
        g.writeStringField("status", presence.status.name());
        g.writeObjectFieldStart("period");
        JsonParts.date(g, "start", presence.start);
        JsonParts.date(g, "end", presence.end);
        g.writeEndObject();
        g.writeStringField("description", presence.descriptionEn);
        JsonParts.quotes(g, "quotes", page.evidence.get(i), page.citations);
        JsonParts.sources(g, page.evidence.get(i), page.disagreements.get(i));
        endFeature(g);
    }

    /** Opens a Feature with its id and Point and opens its properties, starting with the id again for GIS tables. */
    private static void startFeature(JsonGenerator g, String id, Place at) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeStringField("id", id);
        g.writeObjectFieldStart("geometry");
        g.writeStringField("type", "Point");
        g.writeArrayFieldStart("coordinates");
        g.writeNumber(at.longitude);
        g.writeNumber(at.latitude);
        g.writeEndArray();
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeStringField("id", id);
    }

    private static void endFeature(JsonGenerator g) throws IOException {
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String value : values) {
            g.writeString(value);
        }
        g.writeEndArray();
    }

    private static boolean located(Place place) {
        return place != null && place.latitude != null && place.longitude != null;
    }
}
