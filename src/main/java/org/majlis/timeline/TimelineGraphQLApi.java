package org.majlis.timeline;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.GraphQLException;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.majlis.graphql.PageRequest;

/** Events in date order, for a timeline view. */
@GraphQLApi
public class TimelineGraphQLApi {

    private final TimelineService timeline;

    public TimelineGraphQLApi(TimelineService timeline) {
        this.timeline = timeline;
    }

    @Query
    @NonNull
    @Description("Meetings (at their date) and military presences (at their start) in date order, earliest first; "
            + "forward paging with first (at most 100) and after. "
            + "Partial dates match by overlap: an event dated 2023-08 is in any range that takes in a day of August "
            + "2023. Presences whose start no source gives cannot be placed and are left out.")
    public TimelineConnection timeline(
            @Description("The first day to show; open when not given.") LocalDate from,
            @Description("The last day to show; open when not given.") LocalDate to,
            @Id @Description("Only events involving this Actor or Organisation: a meeting where an actor takes part or "
                    + "an organisation is represented; a presence whose force, sponsor or supported side it is.")
            String involving,
            @Description("How many to return, 0 to 100.") @DefaultValue("20") Integer first,
            @Description("A cursor from a previous page: return what follows it.") String after) throws GraphQLException {
        return TimelineConnection.of(timeline.timeline(from, to, involving), PageRequest.of(first, after));
    }
}
