package org.majlis.meeting;

import org.eclipse.microprofile.graphql.Description;

@Description("What kind of meeting it was.")
public enum MeetingKind {
    @Description("Talks between delegations or officials.")
    TALKS,
    @Description("An official visit by one side to the other.")
    OFFICIAL_VISIT,
    @Description("A summit of heads of state or government.")
    SUMMIT,
    @Description("A telephone or video call.")
    CALL,
    @Description("A conference or multilateral gathering.")
    CONFERENCE
}
