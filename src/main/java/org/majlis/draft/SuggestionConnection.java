package org.majlis.draft;

import java.util.List;
import java.util.function.LongSupplier;

import org.eclipse.microprofile.graphql.Description;
import org.majlis.graphql.Connection;
import org.majlis.graphql.Edge;
import org.majlis.graphql.PageRequest;

@Description("A page of suggestions, in the order of their first quotes in the document, then by kind.")
public class SuggestionConnection extends Connection<Suggestion, SuggestionConnection.SuggestionEdge> {

    private SuggestionConnection(List<Suggestion> rows, PageRequest page, LongSupplier count) {
        super(rows, page, SuggestionConnection::key, SuggestionEdge::new, count);
    }

    private SuggestionConnection(List<Suggestion> whole) {
        super(whole, SuggestionConnection::key, SuggestionConnection::new);
    }

    /** Each document's suggestions, whole: a nested list, cut into pages by org.majlis.graphql.NestedPages. */
    static List<SuggestionConnection> nested(List<List<Suggestion>> groups) {
        return groups.stream().map(SuggestionConnection::new).toList();
    }

    private static String key(Suggestion suggestion) {
        return String.format("%010d", suggestion.ordinal) + "|" + suggestion.kind.name() + "|" + suggestion.slug;
    }

    @Description("A suggestion in a page, with its cursor.")
    public static class SuggestionEdge extends Edge<Suggestion> {
        SuggestionEdge(String cursor, Suggestion node) {
            super(cursor, node);
        }
    }
}
