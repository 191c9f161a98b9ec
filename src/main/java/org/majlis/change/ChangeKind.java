package org.majlis.change;

import org.eclipse.microprofile.graphql.Description;

@Description("What a change did to its node.")
public enum ChangeKind {
    @Description("The node was added to the graph.")
    CREATED,
    @Description("Some of the node's fields were changed; before and after say which.")
    EDITED,
    @Description("The claim was taken out of the graph; before says what it was, and the change's reason why.")
    RETRACTED,
    @Description("The node was found to be another and folded into it: after names the survivor (into) and the ids of "
            + "claims that took new ones (ids); the node's id answers as the survivor's.")
    MERGED
}
