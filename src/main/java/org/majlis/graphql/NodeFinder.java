package org.majlis.graphql;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Finds the nodes of one type by their slugs, for {@code node(id:)} and {@code nodes(ids:)}. Each feature whose
 * entity is a Node contributes one as a CDI bean, so that the lookup knows every type without depending on any.
 */
public interface NodeFinder {

    /** The type of node found: the part of a global id before the colon, e.g. Actor. */
    String type();

    /** The nodes with these slugs, in any order; the ones that exist. */
    List<? extends Node> findBySlugs(Collection<String> slugs);

    /** A feature's finder, for its producer method: {@code NodeFinder.of(Actor.TYPE, Actor::findBySlugs)}. */
    static NodeFinder of(String type, Function<Collection<String>, List<? extends Node>> find) {
        return new NodeFinder() {
            @Override
            public String type() {
                return type;
            }

            @Override
            public List<? extends Node> findBySlugs(Collection<String> slugs) {
                return find.apply(slugs);
            }
        };
    }
}
