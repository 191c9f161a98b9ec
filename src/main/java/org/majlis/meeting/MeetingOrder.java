package org.majlis.meeting;

import org.eclipse.microprofile.graphql.Description;

@Description("The order of a list of meetings.")
public enum MeetingOrder {
    @Description("Earliest first, by the earliest day each date can be.")
    DATE_ASC,
    @Description("Latest first, by the earliest day each date can be.")
    DATE_DESC
}
