package org.majlis.meeting;

import org.eclipse.microprofile.graphql.Description;

@Description("The part someone played in a meeting.")
public enum ParticipantRole {
    @Description("Received the others.")
    HOST,
    @Description("Came to meet the host; leads or co-leads the visiting side.")
    VISITOR,
    @Description("A member of a delegation who is not its head.")
    DELEGATION_MEMBER,
    @Description("Accompanied the visitors.")
    ACCOMPANYING,
    @Description("Mediated between the sides.")
    MEDIATOR,
    @Description("Took part without a stated role.")
    ATTENDEE
}
