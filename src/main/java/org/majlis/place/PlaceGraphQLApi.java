package org.majlis.place;

import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.GraphQLException;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.majlis.graphql.PageRequest;
import org.majlis.label.Label;
import org.majlis.label.LabelService;

/** Places and their names. */
@GraphQLApi
public class PlaceGraphQLApi {

    private final PlaceService places;
    private final LabelService labels;

    public PlaceGraphQLApi(PlaceService places, LabelService labels) {
        this.places = places;
        this.labels = labels;
    }

    @Query
    @NonNull
    @Description("Cities, bases, regions and countries, filtered, by id; forward paging with first and after.")
    public PlaceConnection places(
            @Description("What to narrow the list to.") PlaceFilter filter,
            @Description("How many to return, 0 to 100.") @DefaultValue("20") Integer first,
            @Description("A cursor from a previous page: return what follows it.") String after) throws GraphQLException {
        return places.page(filter, PageRequest.of(first, after));
    }

    @NonNull
    @Description("The place's name in a language, falling back to English.")
    public String name(@Source Place place,
            @Description("A BCP 47 language tag: en, ar, ...") @DefaultValue("en") String lang) {
        return labels.name(place.getId(), lang);
    }

    @NonNull
    @Description("Every name of the place, one per language.")
    public List<@NonNull Label> names(@Source Place place) {
        return labels.labels(place.getId(), false);
    }

    @NonNull
    @Description("Other spellings: transliterations, short forms.")
    public List<@NonNull Label> aliases(@Source Place place) {
        return labels.labels(place.getId(), true);
    }

}
