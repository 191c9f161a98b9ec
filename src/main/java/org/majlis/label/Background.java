package org.majlis.label;

import java.util.Arrays;
import java.util.List;

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
}
