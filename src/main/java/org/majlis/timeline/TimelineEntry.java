package org.majlis.timeline;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.majlis.date.FuzzyDate;
import org.majlis.graphql.Node;

@Description("A dated event on a timeline: a meeting at its date, a military presence at its start.")
public class TimelineEntry {

    @NonNull
    @Description("Where the event sits on the timeline: a meeting's date, a military presence's start.")
    public FuzzyDate date;

    @NonNull
    @Description("The event: a Meeting or a MilitaryPresence.")
    public Node node;

    TimelineEntry(FuzzyDate date, Node node) {
        this.date = date;
        this.node = node;
    }
}
