package org.majlis.graphql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Resolves a nested field for a whole batch of parents with one query (SmallRye's {@code @Source List<...>}),
 * so a list of n results costs the same number of statements as a list of one.
 */
public final class Batch {

    private Batch() {
    }

    /** For each parent, the row its key names; null where the key is null or names nothing. */
    public static <S, T> List<T> one(List<S> parents, Function<S, String> key, Function<Collection<String>, List<T>> load,
            Function<T, String> rowKey) {
        Set<String> keys = keys(parents, key);
        Map<String, T> rows = new HashMap<>();
        if (!keys.isEmpty()) {
            for (T row : load.apply(keys)) {
                rows.put(rowKey.apply(row), row);
            }
        }
        List<T> result = new ArrayList<>(parents.size());
        for (S parent : parents) {
            String k = key.apply(parent);
            result.add(k == null ? null : rows.get(k));
        }
        return result;
    }

    /** For each parent, the rows grouped under its key, in the order the loader returns them. */
    public static <S, T> List<List<T>> many(List<S> parents, Function<S, String> key,
            Function<Collection<String>, List<T>> load, Function<T, String> groupKey) {
        Set<String> keys = keys(parents, key);
        Map<String, List<T>> groups = new HashMap<>();
        if (!keys.isEmpty()) {
            for (T row : load.apply(keys)) {
                groups.computeIfAbsent(groupKey.apply(row), k -> new ArrayList<>()).add(row);
            }
        }
        List<List<T>> result = new ArrayList<>(parents.size());
        for (S parent : parents) {
            result.add(groups.getOrDefault(key.apply(parent), List.of()));
        }
        return result;
    }

    private static <S> Set<String> keys(List<S> parents, Function<S, String> key) {
        Set<String> keys = new LinkedHashSet<>();
        for (S parent : parents) {
            keys.add(key.apply(parent));
        }
        keys.removeIf(Objects::isNull);
        return keys;
    }
}
