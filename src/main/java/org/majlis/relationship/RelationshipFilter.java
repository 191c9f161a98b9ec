package org.majlis.relationship;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Id;
import org.majlis.evidence.ClaimStatus;

@Input("RelationshipFilter")
@Description("Narrows a list of relationships; set fields combine with AND.")
public class RelationshipFilter {

    @Id
    @Description("An Actor or Organisation id: relationships it is the subject or object of.")
    public String party;

    @Description("Only relationships of this kind.")
    public RelationshipKind kind;

    @Description("Only relationships with this status.")
    public ClaimStatus status;
}
