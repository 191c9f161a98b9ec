package org.majlis.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.LongSupplier;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A page of a Relay cursor connection. Subclasses fix the GraphQL type names. The count is taken with the page,
 * inside the query's request: field getters of result objects run where no database session is open.
 */
public abstract class Connection<T, E extends Edge<T>> {

    private final List<E> edges;
    private final PageInfo pageInfo;
    private final int totalCount;

    /**
     * @param rows up to {@code page.first() + 1} rows in list order; the extra row only says that more follow
     */
    protected Connection(List<T> rows, PageRequest page, Function<T, String> key, BiFunction<String, T, E> edge,
            LongSupplier count) {
        List<T> shown = rows.size() > page.first() ? rows.subList(0, page.first()) : rows;
        this.edges = new ArrayList<>(shown.size());
        for (T row : shown) {
            edges.add(edge.apply(PageRequest.cursor(key.apply(row)), row));
        }
        this.pageInfo = new PageInfo();
        pageInfo.hasNextPage = rows.size() > page.first();
        pageInfo.startCursor = edges.isEmpty() ? null : edges.get(0).cursor;
        pageInfo.endCursor = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor;
        this.totalCount = Math.toIntExact(count.getAsLong());
    }

    @NonNull
    @Description("The entries of this page, each with its cursor.")
    public List<@NonNull E> getEdges() {
        return edges;
    }

    @NonNull
    @Description("The entries of this page, without cursors.")
    public List<@NonNull T> getNodes() {
        return edges.stream().map(e -> e.node).toList();
    }

    @NonNull
    @Description("Whether more pages follow, and the cursors to get them.")
    public PageInfo getPageInfo() {
        return pageInfo;
    }

    @NonNull
    @Description("How many entries the whole list holds with this filter, across all pages.")
    public int getTotalCount() {
        return totalCount;
    }
}
