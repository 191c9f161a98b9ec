package org.majlis.change;

import org.eclipse.microprofile.graphql.Description;

@Description("Where a change came from.")
public enum ChangeOrigin {
    @Description("An analyst's mutation.")
    ANALYST,
    @Description("An analyst's acceptance of a drafted suggestion (acceptSuggestion): the change names it.")
    SUGGESTION
}
