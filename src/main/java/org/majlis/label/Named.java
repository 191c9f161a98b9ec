package org.majlis.label;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A node with names in several languages and other spellings: an actor, an organisation or a place. Its name
 * fields are written once, in {@link LabelGraphQLApi}; a frontend reads them through one fragment on Named.
 */
@Interface
@Name("Named")
@Description("A node with names in several languages and other spellings: an Actor, an Organisation or a Place.")
public interface Named {

    @Id
    @NonNull
    @Description("The global id, <Type>:<slug>, the same on every restart and every replica.")
    String getId();
}
