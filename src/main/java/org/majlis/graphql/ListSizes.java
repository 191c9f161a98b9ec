package org.majlis.graphql;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * How long the lists of the imported data are, for {@link QueryCost}'s estimate: for each list field (its schema
 * coordinate, {@code Actor.meetings}), the average length of its lists that are not empty, rounded up.
 * The feature that owns a list measures it after every import ({@code SeedsImported}); for a top-level list, the
 * rows it holds unfiltered, since no page of it can be longer. The average, not the
 * longest: an estimate multiplies the lengths of nested lists, and a product of maxima (or of high percentiles) is far
 * above what any real answer holds, so it refused the product's own queries. The rare longer lists are not refused
 * in advance: {@link ExecutionBudget} stops an operation that really resolves more than the cost limit.
 * A coordinate nobody measured is assumed as long as a page can be ({@link PageRequest#MAX_SIZE}).
 */
@ApplicationScoped
public class ListSizes {

    private final Map<String, Integer> sizes = new ConcurrentHashMap<>();

    /** The typical length of the lists of {@code coordinate}. */
    public int of(String coordinate) {
        return sizes.getOrDefault(coordinate, PageRequest.MAX_SIZE);
    }

    /** True when someone measured the coordinate since the last import. */
    public boolean isMeasured(String coordinate) {
        return sizes.containsKey(coordinate);
    }

    /** Records the lengths of a list field's lists, one per parent; parents with an empty list may be left out. */
    public void record(String coordinate, Collection<? extends Number> lengths) {
        sizes.put(coordinate, average(lengths));
    }

    /**
     * Measures a list field with a query that counts its items per parent, e.g.
     * {@code select count(*) from Role r group by r.actorSlug}, or the rows of a top-level list, e.g.
     * {@code select count(*) from Actor}.
     */
    public void measure(String coordinate, String countsPerParent) {
        record(coordinate, QuarkusTransaction.requiringNew().call(
                () -> Panache.getEntityManager().createQuery(countsPerParent, Long.class).getResultList()));
    }

    /** Records the rows of a top-level list: a page of it holds at most that many. */
    public void measureRows(String coordinate, String entity) {
        measure(coordinate, "select count(*) from " + entity);
    }

    static int average(Collection<? extends Number> lengths) {
        long total = 0;
        for (Number length : lengths) {
            total += length.longValue();
        }
        return lengths.isEmpty() ? 0 : (int) Math.min(Integer.MAX_VALUE, (total + lengths.size() - 1) / lengths.size());
    }
}
