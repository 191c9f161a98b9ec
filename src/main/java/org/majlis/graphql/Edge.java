package org.majlis.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** One entry of a connection; subclasses exist only to give each list its own GraphQL type name. */
// By hand: the subclasses that Quarkus registers do not carry the members they inherit (docs/native.md).
@RegisterForReflection
public abstract class Edge<T> {

    @NonNull
    @Description("Where this entry sits; pass it as after to continue behind it.")
    public String cursor;

    @NonNull
    @Description("The entry.")
    public T node;

    protected Edge(String cursor, T node) {
        this.cursor = cursor;
        this.node = node;
    }
}
