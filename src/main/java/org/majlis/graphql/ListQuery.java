package org.majlis.graphql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.TypedQuery;

import io.quarkus.hibernate.orm.panache.Panache;

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

    /**
     * The page of a list in slug order that follows the page's cursor: up to {@code page.first() + 1} rows, the
     * extra one telling {@link Connection} that more follow.
     *
     * @param from the entity and its alias as HQL names them, e.g. {@code Actor a}
     */
    public <T> List<T> pageBySlug(Class<T> entity, String from, PageRequest page) {
        String alias = from.substring(from.indexOf(' ') + 1);
        ListQuery paged = copy().and(alias + ".slug > :after", "after", page.afterKey());
        TypedQuery<T> query = Panache.getEntityManager()
                .createQuery("from " + from + " where " + paged.where() + " order by " + alias + ".slug", entity);
        paged.parameters().forEach(query::setParameter);
        return query.setMaxResults(page.first() + 1).getResultList();
    }

    /** How many rows the whole filtered list holds, for totalCount. */
    public long count(String from) {
        String alias = from.substring(from.indexOf(' ') + 1);
        TypedQuery<Long> query = Panache.getEntityManager()
                .createQuery("select count(" + alias + ") from " + from + " where " + where(), Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** A copy, to which more clauses can be added. */
    public ListQuery copy() {
        ListQuery copy = new ListQuery();
        copy.clauses.addAll(clauses);
        copy.parameters.putAll(parameters);
        return copy;
    }
}
