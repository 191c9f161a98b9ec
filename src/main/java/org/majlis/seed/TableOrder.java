package org.majlis.seed;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.EntityType;

import org.hibernate.Session;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * The order in which the import writes and deletes the tables of the graph, read from the foreign keys that the
 * migrations declare, so that a new kind of claim (a new entity and its migration) needs no entry here.
 *
 * <p>A table's rank is 0 when it refers to no other table, and one more than the highest rank it refers to
 * otherwise: rows are written rank by rank (a rank's rows refer only to lower ranks, so each rank is one flush,
 * batched by table) and deleted in the reverse order. A column that refers to its own table (an organisation's
 * parent) is not a rank: it is set to null before the deletes, and the writer writes those rows parents first.
 */
final class TableOrder {

    /** A column that refers to its own table. */
    record SelfReference(String table, String column) {
    }

    private final Map<Class<?>, Integer> ranks;
    private final Map<Class<?>, String> entityNames;
    private final List<SelfReference> selfReferences;

    private TableOrder(Map<Class<?>, Integer> ranks, Map<Class<?>, String> entityNames,
            List<SelfReference> selfReferences) {
        this.ranks = ranks;
        this.entityNames = entityNames;
        this.selfReferences = selfReferences;
    }

    /**
     * Reads the order of every entity's table but those excluded (the import's own bookkeeping), in the database
     * that the entity manager is connected to.
     */
    static TableOrder read(EntityManager em, Collection<Class<?>> excluded) {
        SessionFactoryImplementor factory = em.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class);
        Map<String, Class<?>> entityByTable = new HashMap<>();
        Map<Class<?>, String> entityNames = new HashMap<>();
        for (EntityType<?> entity : em.getMetamodel().getEntities()) {
            Class<?> type = entity.getJavaType();
            if (!excluded.contains(type)) {
                String table = factory.getMappingMetamodel().getEntityDescriptor(type).getIdentifierTableDetails()
                        .getTableName();
                entityByTable.put(normal(table), type);
                entityNames.put(type, entity.getName());
            }
        }
        Map<String, Set<String>> references = new TreeMap<>();
        List<SelfReference> selfReferences = new ArrayList<>();
        em.unwrap(Session.class).doWork(connection -> {
            DatabaseMetaData metadata = connection.getMetaData();
            for (String table : entityByTable.keySet()) {
                Set<String> referred = references.computeIfAbsent(table, t -> new TreeSet<>());
                for (ForeignKey key : foreignKeys(metadata, connection.getSchema(), table)) {
                    if (key.referredTable().equals(table)) {
                        selfReferences.add(new SelfReference(table, key.column()));
                    } else if (entityByTable.containsKey(key.referredTable())) {
                        referred.add(key.referredTable());
                    }
                }
            }
        });
        Map<Class<?>, Integer> ranks = new HashMap<>();
        ranks(references).forEach((table, rank) -> ranks.put(entityByTable.get(table), rank));
        return new TableOrder(ranks, entityNames, List.copyOf(selfReferences));
    }

    /**
     * Ranks tables by what they refer to (self-references left out).
     *
     * @throws IllegalStateException on a cycle of foreign keys across tables, which no write order can satisfy
     */
    static Map<String, Integer> ranks(Map<String, Set<String>> references) {
        Map<String, Integer> ranks = new TreeMap<>();
        for (String table : references.keySet()) {
            rank(table, references, ranks, new LinkedHashSet<>());
        }
        return ranks;
    }

    private static int rank(String table, Map<String, Set<String>> references, Map<String, Integer> ranks,
            LinkedHashSet<String> path) {
        Integer known = ranks.get(table);
        if (known != null) {
            return known;
        }
        if (!path.add(table)) {
            throw new IllegalStateException("the foreign keys of " + String.join(" -> ", path) + " -> " + table
                    + " form a cycle: no order of writes satisfies them");
        }
        int rank = 0;
        for (String referred : references.getOrDefault(table, Set.of())) {
            rank = Math.max(rank, rank(referred, references, ranks, path) + 1);
        }
        path.remove(table);
        ranks.put(table, rank);
        return rank;
    }

    /** @return the rank of an entity's table: its rows may be written once every lower rank is */
    int rank(Class<?> entity) {
        Integer rank = ranks.get(entity);
        if (rank == null) {
            throw new IllegalArgumentException(entity.getSimpleName() + " is not a table of the graph");
        }
        return rank;
    }

    /** @return the JPQL names of the entities, in an order that deletes every row before any row it refers to */
    List<String> deleteOrder() {
        return ranks.keySet().stream()
                .sorted(Comparator.<Class<?>> comparingInt(ranks::get).reversed().thenComparing(Class::getName))
                .map(entityNames::get).toList();
    }

    List<SelfReference> selfReferences() {
        return selfReferences;
    }

    private record ForeignKey(String column, String referredTable) {
    }

    private static List<ForeignKey> foreignKeys(DatabaseMetaData metadata, String schema, String table)
            throws SQLException {
        List<ForeignKey> keys = new ArrayList<>();
        // H2 keeps unquoted names in upper case, PostgreSQL in lower case: ask for the spelling the database uses.
        String stored = metadata.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
        try (ResultSet rows = metadata.getImportedKeys(null, schema, stored)) {
            while (rows.next()) {
                keys.add(new ForeignKey(normal(rows.getString("FKCOLUMN_NAME")), normal(rows.getString("PKTABLE_NAME"))));
            }
        }
        return keys;
    }

    private static String normal(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
