package org.majlis.bare;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.quarkus.panache.common.Sort;

@GraphQLApi
public class ActorGraphQLApi {

    @Query
    @NonNull
    public ActorConnection actors(@DefaultValue("20") int first) {
        return new ActorConnection(Actor.findAll(Sort.by("id")).page(0, first).list());
    }

    /** Counted only when asked for, as Majlis does: a page of names costs one SELECT on both. */
    public int totalCount(@Source ActorConnection page) {
        return (int) Actor.count();
    }
}
