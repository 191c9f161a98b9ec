package org.majlis.graphql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;


import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.majlis.store.SqlRows;

/**
 * How long the lists of the imported data are, for {@link QueryCost}'s estimate: for each list field (its schema
 * coordinate, {@code Actor.meetings}), the average length of its lists that are not empty, rounded up.
 * The feature that owns a list measures it after every import ({@code SeedsImported}); for a top-level list, the
 * rows it holds unfiltered, since no page of it can be longer. The average, not the
 * longest: an estimate multiplies the lengths of nested lists, and a product of maxima (or of high percentiles) is far
 * above what any real answer holds, so it refused the product's own queries. The rare longer lists are not refused
 * in advance: {@link ExecutionBudget} stops an operation that really resolves more than the cost limit.
 * A coordinate nobody measured is assumed as long as a page can be ({@link PageRequest#MAX_SIZE}).
 * <p>
 * The counts are plain SQL on a connection of the pool, not HQL: each of the twenty-odd HQL strings was parsed,
 * translated and run in a transaction and a session of its own, a tenth of the start's main thread (docs/benchmarks.md,
 * "Start-up"), to read numbers that no entity holds. The statements are portable SQL over the tables of the Flyway
 * migrations (H2 and PostgreSQL); ListSizesTest checks that every list is measured after an import.
 */
@ApplicationScoped
public class ListSizes {

    private static final Logger LOG = Logger.getLogger(ListSizes.class);

    private final Map<String, Integer> sizes = new ConcurrentHashMap<>();
    private final SqlRows rows;
    /** One thread measures after changes, each owner's lists at most once in the queue. */
    private final ExecutorService measuring = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "majlis-list-sizes");
        thread.setDaemon(true);
        return thread;
    });
    private final Set<String> pending = ConcurrentHashMap.newKeySet();

    public ListSizes(SqlRows rows) {
        this.rows = rows;
    }

    /**
     * Measures an owner's lists again after an analyst's change, off the writer's request: one change moves an average
     * by a hair, and measuring in the request cost a claim's mutation most of its time at N = 10,000 (the evidence lists
     * are counted over every quote; docs/benchmarks.md, "Issue 23: writes"). Changes that come while a measurement of
     * the owner waits are taken by that one.
     */
    public void soon(String owner, Runnable measure) {
        if (pending.add(owner)) {
            measuring.execute(() -> {
                pending.remove(owner);
                try {
                    measure.run();
                } catch (RuntimeException e) {
                    LOG.warnf(e, "Measuring the lists of %s after a change failed; the estimate keeps the last figures", owner);
                }
            });
        }
    }

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
        long total = 0;
        for (Number length : lengths) {
            total += length.longValue();
        }
        record(coordinate, total, lengths.size());
    }

    /** Records the average length (rounded up) of a list field's lists from their total length and their number. */
    public void record(String coordinate, long total, long lists) {
        sizes.put(coordinate, lists == 0 ? 0 : (int) Math.min(Integer.MAX_VALUE, (total + lists - 1) / lists));
    }

    /**
     * Measures a list field with an SQL query that counts its items per parent, e.g.
     * {@code select count(*) from role group by actor}, or the rows of a top-level list, e.g.
     * {@code select count(*) from actor}.
     */
    public void measure(String coordinate, String countsPerParent) {
        List<Long> lengths = new ArrayList<>();
        for (Object[] row : select(countsPerParent)) {
            lengths.add(((Number) row[0]).longValue());
        }
        record(coordinate, lengths);
    }

    /** Records the rows of a top-level list (its table): a page of it holds at most that many. */
    public void measureRows(String coordinate, String table) {
        measure(coordinate, "select count(*) from " + table);
    }

    /** The rows of an SQL query over the imported data, each as its columns' values: for the lists measured by kind. */
    public List<Object[]> select(String sql) {
        return rows.select(sql);
    }
}
