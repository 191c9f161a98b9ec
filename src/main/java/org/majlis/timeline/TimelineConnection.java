package org.majlis.timeline;

import java.util.List;
import java.util.function.LongSupplier;

import org.eclipse.microprofile.graphql.Description;
import org.majlis.graphql.Connection;
import org.majlis.graphql.Edge;
import org.majlis.graphql.PageRequest;

@Description("A page of a timeline, earliest first.")
public class TimelineConnection extends Connection<TimelineEntry, TimelineConnection.TimelineEdge> {

    private TimelineConnection(List<TimelineEntry> rows, PageRequest page, LongSupplier count) {
        super(rows, page, TimelineConnection::key, TimelineEdge::new, count);
    }

    private TimelineConnection(List<TimelineEntry> whole) {
        super(whole, TimelineConnection::key, TimelineConnection::new);
    }

    /**
     * The page of a timeline that follows the cursor. The timeline merges two tables in date order, so it is put
     * together in memory and cut here, as nested lists are.
     */
    static TimelineConnection of(List<TimelineEntry> entries, PageRequest page) {
        return (TimelineConnection) new TimelineConnection(entries).cut(page);
    }

    /** Earliest day, then latest day (a day before the month that holds it), then id: the timeline's order. */
    private static String key(TimelineEntry entry) {
        return entry.date.earliest + "|" + entry.date.latest + "|" + entry.node.getId();
    }

    @Description("An event on the timeline, with its cursor.")
    public static class TimelineEdge extends Edge<TimelineEntry> {
        TimelineEdge(String cursor, TimelineEntry node) {
            super(cursor, node);
        }
    }
}
