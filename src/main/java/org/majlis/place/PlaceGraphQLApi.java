package org.majlis.place;

import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.GraphQLException;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.majlis.graphql.Batch;
import org.majlis.graphql.PageRequest;
import org.majlis.label.Label;
import org.majlis.label.LabelService;
import org.majlis.meeting.MeetingConnection;
import org.majlis.meeting.MeetingService;
import org.majlis.presence.MilitaryPresence;
import org.majlis.presence.MilitaryPresenceConnection;

/** Places, and what happened or stands there. */
@GraphQLApi
public class PlaceGraphQLApi {

    private final PlaceService places;
    private final LabelService labels;
    private final MeetingService meetings;

    public PlaceGraphQLApi(PlaceService places, LabelService labels, MeetingService meetings) {
        this.places = places;
        this.labels = labels;
        this.meetings = meetings;
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

    /** first and after are applied to each occurrence of these fields by org.majlis.graphql.NestedPages. */
    @NonNull
    @Name("meetings")
    @Description("Meetings held here, by date.")
    public List<@NonNull MeetingConnection> placeMeetings(@Source List<Place> list,
            @Description("How many to return, 0 to 100.") @DefaultValue("20") Integer first,
            @Description("A cursor from a previous page: return what follows it.") String after) {
        return MeetingConnection.nested(meetings.atPlaces(list));
    }

    @NonNull
    @Name("militaryPresences")
    @Description("Military presences reported here, by id.")
    public List<@NonNull MilitaryPresenceConnection> placePresences(@Source List<Place> list,
            @Description("How many to return, 0 to 100.") @DefaultValue("20") Integer first,
            @Description("A cursor from a previous page: return what follows it.") String after) {
        return MilitaryPresenceConnection.nested(Batch.many(list, p -> p.slug,
                slugs -> MilitaryPresence.list("placeSlug in ?1 order by slug", slugs), m -> m.placeSlug));
    }
}
