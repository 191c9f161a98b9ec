package org.majlis.graphql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * Gathers what is wrong with a mutation's input, each problem on the path of its field (["input", "participants",
 * "0", "actor"]), so that one answer names them all and the write runs only when there is none.
 */
public final class InputErrors {

    private final List<UserError> errors = new ArrayList<>();

    /** The path of an input field: "input", then the names and list indexes under it. */
    public static List<String> field(Object... parts) {
        List<String> path = new ArrayList<>(parts.length + 1);
        path.add("input");
        Arrays.stream(parts).map(String::valueOf).forEach(path::add);
        return path;
    }

    /** Extends a path by names and list indexes. */
    public static List<String> under(List<String> path, Object... parts) {
        List<String> longer = new ArrayList<>(path);
        Arrays.stream(parts).map(String::valueOf).forEach(longer::add);
        return longer;
    }

    public void add(String code, List<String> field, String message) {
        errors.add(new UserError(code, field, message));
    }

    public void addAll(List<UserError> more) {
        errors.addAll(more);
    }

    /** The slug of an id that must name a node of the given type; null (and an INVALID) when it does not. */
    public String slugOf(String id, String type, List<String> field) {
        try {
            return GlobalId.slugOf(id, type, field.get(field.size() - 1));
        } catch (InvalidArgumentException e) {
            add("INVALID", field, e.getMessage() + ".");
            return null;
        }
    }

    /** Adds a TOO_LONG when the text is longer than its column holds. */
    public void maxLength(String value, int characters, List<String> field) {
        if (value != null && value.length() > characters) {
            add("TOO_LONG", field, "At most " + characters + " characters, not " + value.length() + ".");
        }
    }

    /** Adds an INVALID when a text that must say something is blank. */
    public void requireText(String value, List<String> field) {
        if (value == null || value.isBlank()) {
            add("INVALID", field, "Must not be blank.");
        }
    }

    /**
     * The slug of a node the input names, which must be of the type and in the graph (NOT_FOUND, with the remedy,
     * when it is not); null, and the problem added, when it is not one.
     */
    public String reference(String id, String type, List<String> field, Predicate<String> exists, String remedy) {
        String slug = slugOf(id, type, field);
        if (slug != null) {
            requireFound(exists.test(slug), id, field, remedy);
        }
        return slug;
    }

    /** A message of a rule's (lower case, no full stop, as the seed check prints them) as a sentence. */
    public static String sentence(String message) {
        boolean ended = message.endsWith(".") || message.endsWith("?") || message.endsWith("!");
        return Character.toUpperCase(message.charAt(0)) + message.substring(1) + (ended ? "" : ".");
    }

    /** Adds a NOT_FOUND when the node is not in the graph. */
    public void requireFound(boolean found, String id, List<String> field, String remedy) {
        if (!found) {
            add("NOT_FOUND", field, "There is no " + id + ": " + remedy);
        }
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public List<UserError> list() {
        return List.copyOf(errors);
    }
}
