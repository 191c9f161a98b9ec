package org.majlis.place;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.GraphQLException;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.majlis.graphql.PageRequest;

/** Places. */
@GraphQLApi
public class PlaceGraphQLApi {

    private final PlaceService places;

    public PlaceGraphQLApi(PlaceService places) {
        this.places = places;
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
}
