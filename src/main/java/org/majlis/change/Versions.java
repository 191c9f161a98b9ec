package org.majlis.change;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import org.majlis.graphql.InputErrors;
import org.majlis.graphql.UserError;

/**
 * The answers every mutation of an existing node gives when the node it names is gone or has moved on: read after
 * {@link ChangeLog#begin()}, the version compared is the one the change would replace.
 */
public final class Versions {

    private Versions() {
    }

    /** A node a change names: found at the version named, or the errors that say why not (and the node, if any). */
    public record Current<N>(N node, List<UserError> errors) {

        public boolean refused() {
            return errors != null;
        }
    }

    /**
     * The node of that slug, when it is at the version named; otherwise NOT_FOUND, or CONFLICT with the node as it
     * is. Call after {@link ChangeLog#begin()}. The finder is a lambda ({@code s -> Role.findById(s)}): a method
     * reference to a Panache finder names PanacheEntityBase's, which Panache does not implement.
     */
    public static <N> Current<N> current(String slug, String id, int version, Function<String, N> find,
            ToIntFunction<N> versionOf) {
        N node = find.apply(slug);
        if (node == null) {
            return new Current<>(null, notFound(id));
        }
        return new Current<>(node, conflict(id, versionOf.applyAsInt(node), version));
    }

    public static List<UserError> notFound(String id) {
        return refusal(null, id, 0, "id", "version");
    }

    /** The version named is stale, or null when it is the current one. */
    public static List<UserError> conflict(String id, int current, int given) {
        List<UserError> refusal = refusal(current, id, given, "id", "version");
        return refusal.isEmpty() ? null : refusal;
    }

    /**
     * Why a change of the node cannot be made, on the input's fields of its id and version: it is not there (current
     * null), or it moved on since it was read; empty when it is as read.
     */
    public static List<UserError> refusal(Integer current, String id, int given, String idField, String versionField) {
        if (current == null) {
            return List.of(new UserError("NOT_FOUND", InputErrors.field(idField), "There is no " + id + ": if it was "
                    + "retracted or merged, history(id:) says by whom and why."));
        }
        if (current == given) {
            return List.of();
        }
        return List.of(new UserError("CONFLICT", InputErrors.field(versionField), id + " is at version " + current
                + ", not " + given + ": someone changed it since you read it (its history says who and what). Make your "
                + "change again on the node returned."));
    }
}
