package org.majlis.presence;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.majlis.evidence.ClaimStatus;

@Input("MilitaryPresenceFilter")
@Description("Narrows a list of military presences; set fields combine with AND.")
public class MilitaryPresenceFilter {

    @Id
    @Description("An Organisation id: presences of its forces.")
    public String force;

    @Id
    @Description("An Organisation id: presences it sponsors.")
    public String sponsor;

    @Id
    @Description("An Actor or Organisation id: presences that back it.")
    public String supports;

    @Description("Only presences in this country, ISO 3166-1 alpha-2: LY.")
    public String hostCountry;

    @Id
    @Description("A Place id: presences there.")
    public String place;

    @Description("Presences that can have lasted to this day or later (an unknown end counts as open).")
    public LocalDate from;

    @Description("Presences that can have begun by this day (an unknown start counts as open).")
    public LocalDate to;

    @Description("Only presences with this status.")
    public ClaimStatus status;

    @Description("Only presences reported by at least this many documents: 2 for those a second source corroborates.")
    public Integer minSources;
}
