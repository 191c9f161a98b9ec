package org.majlis.relationship;

import org.eclipse.microprofile.graphql.Description;

@Description("What ties the subject of a relationship to its object.")
public enum RelationshipKind {
    @Description("The subject allies or sides with the object.")
    ALLIANCE,
    @Description("The subject gives the object military support (arms, fighters, training).")
    MILITARY_SUPPORT,
    @Description("The subject supports the object politically or diplomatically.")
    POLITICAL_SUPPORT,
    @Description("The subject keeps (or plans) a diplomatic mission, an embassy or consulate, at the place.")
    DIPLOMATIC_MISSION,
    @Description("The subject wages an offensive against the object or the place.")
    OFFENSIVE,
    @Description("The subject is part of the object.")
    MEMBERSHIP
}
