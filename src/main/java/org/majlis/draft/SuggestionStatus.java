package org.majlis.draft;

import org.eclipse.microprofile.graphql.Description;

@Description("Where a suggestion stands.")
public enum SuggestionStatus {
    @Description("Proposed, not yet decided.")
    OPEN,
    @Description("Accepted as proposed: its claim is in the graph.")
    ACCEPTED,
    @Description("Accepted after an analyst changed it: its claim is in the graph, as they changed it.")
    EDITED,
    @Description("Rejected: drafting the document again does not propose it again.")
    REJECTED
}
