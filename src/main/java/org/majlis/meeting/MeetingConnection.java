package org.majlis.meeting;

import java.util.List;
import java.util.function.LongSupplier;

import org.eclipse.microprofile.graphql.Description;
import org.majlis.graphql.Connection;
import org.majlis.graphql.Edge;
import org.majlis.graphql.PageRequest;

@Description("A page of meetings, in the order asked for.")
public class MeetingConnection extends Connection<Meeting, MeetingConnection.MeetingEdge> {

    MeetingConnection(List<Meeting> rows, PageRequest page, LongSupplier count) {
        super(rows, page, MeetingService::key, MeetingEdge::new, count);
    }

    private MeetingConnection(List<Meeting> whole) {
        super(whole, MeetingService::key, MeetingConnection::new);
    }

    /** Each parent's meetings, whole, by date: a nested list, cut into pages by org.majlis.graphql.NestedPages. */
    public static List<MeetingConnection> nested(List<List<Meeting>> groups) {
        return groups.stream().map(MeetingConnection::new).toList();
    }

    @Description("A meeting in a page, with its cursor.")
    public static class MeetingEdge extends Edge<Meeting> {
        MeetingEdge(String cursor, Meeting node) {
            super(cursor, node);
        }
    }
}
