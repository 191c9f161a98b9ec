package org.majlis.label;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.majlis.graphql.InputErrors;

/**
 * Which fields of a node come from background knowledge (a city's coordinates, an ISO code) rather than from
 * a source. Stored as a comma-separated column: the list is short and always read whole.
 */
public final class Background {

    private Background() {
    }

    public static String column(List<String> fields) {
        return fields == null || fields.isEmpty() ? null : String.join(",", fields);
    }

    public static List<String> fields(String column) {
        return column == null ? List.of() : Arrays.asList(column.split(","));
    }

    /** What is wrong with marking this field background, on a node whose type allows these; null when nothing. */
    public static String problem(String field, Set<String> allowed) {
        if (field == null || allowed.contains(field)) {
            return null;
        }
        return allowed.isEmpty() ? "this entry has no field that can be background; mark labels with background: true instead"
                : "'" + field + "' cannot be background (expected one of: " + String.join(", ", allowed.stream().sorted().toList()) + ")";
    }

    /** Adds a problem for each field of the input's background that its type does not allow. */
    public static void check(List<String> fields, Set<String> allowed, InputErrors errors) {
        for (int i = 0; fields != null && i < fields.size(); i++) {
            String problem = problem(fields.get(i), allowed);
            if (problem != null) {
                errors.add("INVALID", InputErrors.field("background", i), InputErrors.sentence(problem));
            }
        }
    }
}
