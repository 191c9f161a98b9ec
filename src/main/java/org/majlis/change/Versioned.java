package org.majlis.change;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * How one kind of node that analysts change is found by its slug, versioned and remembered by its history: what the
 * procedures every kind shares (an edit, a retraction, a merge) need of it.
 *
 * @param find   the node of a slug, or null ({@code slug -> Role.findById(slug)}: a method reference to a Panache
 *               finder names PanacheEntityBase's, which Panache does not implement)
 * @param moveOn counts one more change of the node (its version)
 * @param fields what the history keeps of the node, before and after a change
 */
public record Versioned<N>(String type, Function<String, N> find, ToIntFunction<N> version, Consumer<N> moveOn,
        Function<N, Map<String, Object>> fields) {
}
