package org.majlis.draft;

import org.eclipse.microprofile.graphql.Description;

@Description("What a suggestion proposes.")
public enum SuggestionKind {
    @Description("A person the graph does not know, named after a title (acceptSuggestion sends addActor); drafting the "
            + "document again once they are known proposes their role and meetings.")
    ACTOR,
    @Description("A post the document says an actor holds (acceptSuggestion sends addRole).")
    ROLE,
    @Description("A meeting the document reports (addMeeting).")
    MEETING,
    @Description("A foreign military presence the document reports (addMilitaryPresence).")
    MILITARY_PRESENCE,
    @Description("A further report of a claim the graph already holds (addRoleSource, addMeetingSource, "
            + "addMilitaryPresenceSource): the claim is named.")
    SOURCE
}
