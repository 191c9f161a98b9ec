package org.majlis.export;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Reads a whole table in key order, {@link #SIZE} rows at a time, so that an export holds one page in memory
 * whatever the size of the corpus. Each page is read in a transaction of its own together with what the export
 * needs for it (its evidence, places, names: one batched query each, never one per row), and is written after the
 * transaction has ended, so that a slow client never holds a database connection.
 */
final class Pages {

    static final int SIZE = 500;

    private Pages() {
    }

    /**
     * @param entity the entity, read in the order of its {@code key} property (a slug; a claim's is its owner's slug and its key)
     * @param load   reads what the page needs, inside the page's transaction
     * @param write  writes the loaded page, outside it
     */
    static <T, P> void each(Class<T> entity, String key, Function<T, Object> keyOf, Function<List<T>, P> load,
            Consumer<P> write) {
        each(after -> entities(entity, key, after), keyOf, load, write);
    }

    /** @param read the first {@link #SIZE} rows after a key (null: from the start), in key order */
    static <T, K, P> void each(Function<K, List<T>> read, Function<T, K> keyOf, Function<List<T>, P> load,
            Consumer<P> write) {
        K after = null;
        while (true) {
            K from = after;
            Page<K, P> page = QuarkusTransaction.requiringNew().call(() -> {
                List<T> rows = read.apply(from);
                return rows.isEmpty() ? null : new Page<>(keyOf.apply(rows.get(rows.size() - 1)), rows.size(), load.apply(rows));
            });
            if (page == null) {
                return;
            }
            write.accept(page.loaded);
            if (page.rows < SIZE) {
                return;
            }
            after = page.last;
        }
    }

    private static <T> List<T> entities(Class<T> entity, String key, Object after) {
        String from = "from " + entity.getSimpleName() + " e";
        String order = " order by e." + key;
        var query = after == null ? Panache.getEntityManager().createQuery(from + order, entity)
                : Panache.getEntityManager().createQuery(from + " where e." + key + " > :after" + order, entity)
                        .setParameter("after", after);
        return query.setMaxResults(SIZE).getResultList();
    }

    private record Page<K, P>(K last, int rows, P loaded) {
    }
}
