package org.majlis.actor;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Id;

@Input("ActorFilter")
@Description("Narrows a list of actors; set fields combine with AND.")
public class ActorFilter {

    @Description("Part of a name or alias, in any script, case-insensitive: 'lavrov', 'لافروف'.")
    public String name;

    @Id
    @Description("An Organisation id: actors who hold or held a role in it.")
    public String organisation;
}
