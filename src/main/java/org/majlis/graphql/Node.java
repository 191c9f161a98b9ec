package org.majlis.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Interface
@Name("Node")
@Description("Anything with a stable global id of the form <Type>:<slug>, fetchable with node(id:).")
public interface Node {

    @Id
    @NonNull
    @Description("The global id, <Type>:<slug>, the same on every restart and every replica.")
    String getId();
}
