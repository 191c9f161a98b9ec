package org.majlis.place;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.majlis.graphql.GlobalId;
import org.majlis.graphql.InputErrors;
import org.majlis.graphql.Node;
import org.majlis.label.Background;
import org.majlis.label.Named;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Description("A city, base, region or country where something happens or forces are stationed.")
public class Place extends PanacheEntityBase implements Node, Named {

    public static final String TYPE = "Place";

    /** The fields whose values may be marked background knowledge rather than stated by a source. */
    public static final Set<String> BACKGROUND_FIELDS = Set.of("kind", "country", "latitude", "longitude");

    /** An ISO 3166-1 alpha-2 code, as a place's, an organisation's and a presence's host country are written. */
    public static final String COUNTRY = "^[A-Z]{2}$";
    public static final String COUNTRY_MESSAGE = "must be an ISO 3166-1 alpha-2 code such as LY or RU";
    private static final Pattern COUNTRY_FORM = Pattern.compile(COUNTRY);
    /** The coordinates' ranges in degrees (WGS 84), for the seeds' Bean Validation and the mutations alike. */
    public static final int MAX_LATITUDE = 90;
    public static final int MAX_LONGITUDE = 180;

    @Id
    @Ignore
    public String slug;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("What kind of place this is.")
    public PlaceKind kind;

    @Description("ISO 3166-1 alpha-2 code of the country it lies in.")
    public String country;

    @Description("WGS 84 latitude in degrees; null where unknown.")
    public Double latitude;

    @Description("WGS 84 longitude in degrees; null where unknown.")
    public Double longitude;

    @Ignore
    public String background;

    @NonNull
    @Description("Counts the changes made to the place: 1 as imported or added. An edit names the version it "
            + "changes, and is refused with CONFLICT when someone changed it since.")
    public int version = 1;

    @Override
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    @Description("The global id, Place:<slug>.")
    public String getId() {
        return GlobalId.of(TYPE, slug);
    }

    @NonNull
    @Description("Fields of this place whose values are background knowledge, not stated by any source, e.g. latitude.")
    public List<@NonNull String> getBackgroundFields() {
        return Background.fields(background);
    }

    public static List<Place> findBySlugs(Collection<String> slugs) {
        return list("slug in ?1", slugs);
    }

    /** Adds an INVALID on the input's field when the code is not a country's (ISO 3166-1 alpha-2). */
    public static void checkCountry(String code, String field, String what, InputErrors errors) {
        if (code != null && !COUNTRY_FORM.matcher(code).matches()) {
            errors.add("INVALID", InputErrors.field(field), "The " + what + " " + COUNTRY_MESSAGE + ".");
        }
    }

    /** A place has both coordinates or neither; null when so, else what to change. */
    public static String coordinatesProblem(Double latitude, Double longitude) {
        return (latitude == null) != (longitude == null) ? "give both latitude and longitude, or neither" : null;
    }

    public static boolean exists(String slug) {
        return count("slug", slug) > 0;
    }
}
