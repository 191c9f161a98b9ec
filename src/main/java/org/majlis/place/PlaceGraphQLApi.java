package org.majlis.place;

import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.GraphQLException;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.majlis.auth.Roles;
import org.majlis.auth.Writers;
import org.majlis.change.ChangeConnection;
import org.majlis.change.ChangeService;
import org.majlis.graphql.PageRequest;

/** Places. */
@GraphQLApi
public class PlaceGraphQLApi {

    private final PlaceService places;
    private final PlaceWrites writes;
    private final Writers writers;
    private final ChangeService changes;

    public PlaceGraphQLApi(PlaceService places, PlaceWrites writes, Writers writers, ChangeService changes) {
        this.places = places;
        this.writes = writes;
        this.writers = writers;
        this.changes = changes;
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
    @Name("history")
    @Description("Every change made to the place since it was imported or added, oldest first: who, when, and its "
            + "fields before and after.")
    public List<@NonNull ChangeConnection> placeHistory(@Source List<Place> list,
            @Description("How many to return, 0 to 100.") @DefaultValue("20") Integer first,
            @Description("A cursor from a previous page: return what follows it.") String after) {
        return changes.histories(list, Place::getId);
    }

    @Mutation
    @NonNull
    @Description("Adds a place to the graph by its names, kind, country and coordinates; search and mentions find it at once. Needs the role analyst or curator.")
    public PlacePayload addPlace(@NonNull @Description("The place.") AddPlaceInput input) throws GraphQLException {
        return writes.add(input, writers.require(Roles.ANALYST, Roles.CURATOR));
    }

    @Mutation
    @NonNull
    @Description("Changes a place, naming the version it was read at. Needs the role analyst or curator.")
    public PlacePayload editPlace(@NonNull @Description("The place, its version, and what changes.") EditPlaceInput input)
            throws GraphQLException {
        return writes.edit(input, writers.require(Roles.ANALYST, Roles.CURATOR));
    }
}
