package org.majlis.place;

import static org.majlis.graphql.InputErrors.field;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.majlis.auth.Writer;
import org.majlis.change.ChangeKind;
import org.majlis.change.ChangeLog;
import org.majlis.change.Edits;
import org.majlis.change.Versioned;
import org.majlis.graphql.GlobalId;
import org.majlis.graphql.InputErrors;
import org.majlis.graphql.UserError;
import org.majlis.label.Background;
import org.majlis.label.Labels;

/**
 * Adds places and edits them, by the seeds' rules (names, a country's code, both coordinates or neither and within
 * range, background fields the type allows), one writer at a time ({@link ChangeLog#begin()}).
 */
@ApplicationScoped
public class PlaceWrites {

    /** The input's fields, the figure the cost estimate takes for a payload's userErrors (one problem a field). */
    static final int INPUT_FIELDS = 9;


    private final ChangeLog changes;
    private final Edits edits;

    PlaceWrites(ChangeLog changes, Edits edits) {
        this.changes = changes;
        this.edits = edits;
    }

    @Transactional
    public PlacePayload add(AddPlaceInput input, Writer writer) {
        InputErrors errors = new InputErrors();
        Labels.check(input.names, input.aliases, errors);
        String slug = Labels.newSlug(input.slug, input.names, "al-jufra-air-base", errors);
        Place place = new Place();
        place.kind = input.kind;
        EditPlaceInput given = new EditPlaceInput();
        given.country = input.country;
        given.latitude = input.latitude;
        given.longitude = input.longitude;
        given.background = input.background;
        check(place, given, errors);
        if (!errors.isEmpty()) {
            return new PlacePayload(null, errors.list());
        }
        changes.begin();
        if (Place.findById(slug) != null) {
            return new PlacePayload(null, List.of(new UserError("TAKEN", field("slug"), GlobalId.of(Place.TYPE, slug)
                    + " already exists: if it is the same place, name it; if not, give a slug of its own.")));
        }
        place.slug = slug;
        place.persist();
        Labels.write(place.getId(), input.names, input.aliases == null ? List.of() : input.aliases);
        changes.record(place.getId(), ChangeKind.CREATED, place.version, writer, null, fields(place));
        return new PlacePayload(place, List.of());
    }

    @Transactional
    public PlacePayload edit(EditPlaceInput input, Writer writer) {
        Edits.Edited<Place> edited = edits.edit(KIND, input.id, input.version, writer, place -> {
            InputErrors errors = new InputErrors();
            Labels.check(input.names, input.aliases, errors);
            if (input.kind != null) {
                place.kind = input.kind;
            }
            check(place, input, errors);
            if (errors.isEmpty()) {
                Labels.write(place.getId(), input.names, input.aliases);
            }
            return errors.list();
        });
        return new PlacePayload(edited.node(), edited.userErrors());
    }

    /** Places as the shared procedures find, version and remember them. */
    private static final Versioned<Place> KIND = new Versioned<>(Place.TYPE, slug -> Place.findById(slug),
            place -> place.version, place -> place.version++, PlaceWrites::fields);

    /** Checks the country, the coordinates (given together, within range) and the background fields. */
    private static void check(Place place, EditPlaceInput input, InputErrors errors) {
        if (input.country != null) {
            Place.checkCountry(input.country, "country", "country", errors);
            place.country = input.country;
        }
        if (input.latitude != null || input.longitude != null) {
            String pair = Place.coordinatesProblem(input.latitude, input.longitude);
            if (pair != null) {
                errors.add("INVALID", field(input.latitude == null ? "latitude" : "longitude"), InputErrors.sentence(pair));
            }
            range(input.latitude, Place.MAX_LATITUDE, "latitude", errors);
            range(input.longitude, Place.MAX_LONGITUDE, "longitude", errors);
            place.latitude = input.latitude;
            place.longitude = input.longitude;
        }
        if (input.background != null) {
            Background.check(input.background, Place.BACKGROUND_FIELDS, errors);
            place.background = Background.column(input.background);
        }
    }

    private static void range(Double degrees, int limit, String name, InputErrors errors) {
        if (degrees != null && (degrees.isNaN() || Math.abs(degrees) > limit)) {
            errors.add("INVALID", field(name), "The " + name + " must lie between -" + limit + " and " + limit + ".");
        }
    }

    /** What the history keeps of a place: its names, kind, country, coordinates and background fields. */
    private static Map<String, Object> fields(Place place) {
        Map<String, Object> fields = new LinkedHashMap<>(Labels.fields(place.getId()));
        fields.put("kind", place.kind.name());
        fields.put("country", place.country);
        fields.put("latitude", place.latitude);
        fields.put("longitude", place.longitude);
        fields.put("background", Background.fields(place.background));
        return fields;
    }
}
