package org.majlis.graphql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.LongSupplier;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.majlis.frameworkinternals.CurrentField;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A page of a Relay cursor connection. Subclasses fix the GraphQL type names. A top-level list is cut into its page
 * by the database; the count is taken with the page, inside the query's request (field getters of result objects
 * run where no database session is open), and only when the field being resolved selects {@code totalCount}: a
 * frontend that pages without it pays one statement, not two.
 * <p>
 * A list nested under a batch of parents (an actor's meetings) is loaded whole for the batch and cut into a page
 * afterwards, for each occurrence of the field with its own {@code first} and {@code after}, by {@link NestedPages}:
 * SmallRye's batch loader calls the resolver with the arguments of the first occurrence only and caches its answer
 * per parent, so two aliases asking for different pages would otherwise both get the first one's.
 */
// By hand: the subclasses that Quarkus registers do not carry the members they inherit (docs/native.md).
@RegisterForReflection
public abstract class Connection<T, E extends Edge<T>> {

    /** Makes a page of a connection's own type: its page constructor. */
    @FunctionalInterface
    protected interface PageMaker<T> {
        Connection<T, ?> page(List<T> rows, PageRequest page, LongSupplier count);
    }

    private final List<T> whole;
    /** The key of each row of {@link #whole}, in the same order: computed once, searched by every cut. */
    private final List<String> wholeKeys;
    private final PageMaker<T> pages;
    private final List<E> edges;
    private final PageInfo pageInfo;
    private final int totalCount;

    /**
     * A page cut by the database.
     *
     * @param rows up to {@code page.first() + 1} rows in list order; the extra row only says that more follow
     */
    protected Connection(List<T> rows, PageRequest page, Function<T, String> key, BiFunction<String, T, E> edge,
            LongSupplier count) {
        this.whole = null;
        this.wholeKeys = null;
        this.pages = null;
        List<T> shown = rows.size() > page.first() ? rows.subList(0, page.first()) : rows;
        this.edges = new ArrayList<>(shown.size());
        for (T row : shown) {
            edges.add(edge.apply(PageRequest.cursor(key.apply(row)), row));
        }
        this.pageInfo = new PageInfo();
        pageInfo.hasNextPage = rows.size() > page.first();
        pageInfo.startCursor = edges.isEmpty() ? null : edges.get(0).cursor;
        pageInfo.endCursor = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor;
        // Outside a GraphQL resolver (or where the field cannot be told) the count is taken.
        this.totalCount = CurrentField.selects("totalCount") ? Math.toIntExact(count.getAsLong()) : 0;
    }

    /** A nested list, whole and not yet cut: {@link #cut} makes its pages. Ordered by key, as its cursors are. */
    protected Connection(List<T> whole, Function<T, String> key, PageMaker<T> pages) {
        this.pages = pages;
        List<Map.Entry<String, T>> keyed = new ArrayList<>(whole.size());
        whole.forEach(row -> keyed.add(Map.entry(key.apply(row), row)));
        keyed.sort(Map.Entry.comparingByKey());
        this.whole = keyed.stream().map(Map.Entry::getValue).toList();
        this.wholeKeys = keyed.stream().map(Map.Entry::getKey).toList();
        this.edges = null;
        this.pageInfo = null;
        this.totalCount = this.whole.size();
    }

    /** The page of this whole list that follows {@code page.afterKey()}. */
    public final Connection<T, ?> cut(PageRequest page) {
        if (whole == null) {
            throw new IllegalStateException("a page is cut from a whole nested list only");
        }
        int from = 0;
        if (page.afterKey() != null) {
            int found = Collections.binarySearch(wholeKeys, page.afterKey());
            from = found >= 0 ? found + 1 : -found - 1; // behind the cursor's row, or where it would stand
        }
        List<T> rows = whole.subList(from, Math.min(whole.size(), from + page.first() + 1));
        return pages.page(rows, page, whole::size);
    }

    /** True for a nested list not yet cut into a page. */
    final boolean isWhole() {
        return whole != null;
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
