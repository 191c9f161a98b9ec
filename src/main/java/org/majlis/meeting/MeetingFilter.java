package org.majlis.meeting;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.majlis.evidence.ClaimStatus;

@Input("MeetingFilter")
@Description("Narrows a list of meetings; set fields combine with AND.")
public class MeetingFilter {

    @Id
    @Description("An Actor id: meetings they took part in.")
    public String participant;

    @Id
    @Description("An Organisation id: meetings where someone took part on its behalf.")
    public String organisation;

    @Id
    @Description("A Place id: meetings held there.")
    public String place;

    @Description("Meetings whose date can fall on or after this day (overlap of [earliest, latest]).")
    public LocalDate from;

    @Description("Meetings whose date can fall on or before this day (overlap of [earliest, latest]).")
    public LocalDate to;

    @Description("Only meetings of this kind.")
    public MeetingKind kind;

    @Description("Only meetings with this status.")
    public ClaimStatus status;

    @Description("Only meetings reported by at least this many documents: 2 for those a second source corroborates.")
    public Integer minSources;
}
