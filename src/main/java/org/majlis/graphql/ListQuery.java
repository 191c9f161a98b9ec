package org.majlis.graphql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The where-clause of a filtered list, built from whichever filter fields a client set. */
public final class ListQuery {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    /** Adds {@code clause} (which uses :name) when value is set. */
    public ListQuery and(String clause, String name, Object value) {
        if (value != null) {
            clauses.add(clause);
            parameters.put(name, value);
        }
        return this;
    }

    public String where() {
        return clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
    }

    public Map<String, Object> parameters() {
        return parameters;
    }

    /** A copy without the keyset clause, for totalCount. */
    public ListQuery copy() {
        ListQuery copy = new ListQuery();
        copy.clauses.addAll(clauses);
        copy.parameters.putAll(parameters);
        return copy;
    }
}
