package org.majlis.bare;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;

/** A page of actors, named and shaped as Majlis's, so that the benchmark's queries run unchanged on both. */
public class ActorConnection {

    @NonNull
    public List<@NonNull Actor> nodes;

    ActorConnection(List<Actor> nodes) {
        this.nodes = nodes;
    }
}
