package org.majlis.change;

import java.time.Instant;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.majlis.auth.Writer;
import org.majlis.events.GraphChanged;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Records every change in the transaction that makes it, so that a change and its record commit together or not at
 * all. Writers are serialised: {@link #begin()} takes the one row of change_sequence for update, and holds it to the
 * commit, so that changes are numbered in the order they commit and a version read after it is the current one.
 * Analysts write a few changes a minute; one writer at a time costs them nothing and makes the feed exact.
 */
@ApplicationScoped
public class ChangeLog {

    private final EntityManager em;
    private final Event<GraphChanged> changed;
    private final ObjectMapper json;

    ChangeLog(EntityManager em, Event<GraphChanged> changed, ObjectMapper json) {
        this.em = em;
        this.changed = changed;
        this.json = json;
    }

    /** Waits for the writers before this one to commit; call it before reading what the change depends on. */
    @Transactional(TxType.MANDATORY)
    public void begin() {
        em.createNativeQuery("select last from change_sequence where id = 1 for update").getSingleResult();
    }

    /**
     * Records a change of a node, numbered next in commit order, and tells the observers of {@link GraphChanged}
     * once the transaction has committed.
     *
     * @param before the node's fields before, or null when it is new
     * @param after  the node's fields after
     */
    @Transactional(TxType.MANDATORY)
    public Change record(String nodeId, ChangeKind kind, int version, Writer writer, Map<String, ?> before,
            Map<String, ?> after) {
        return record(nodeId, kind, version, writer, before, after, null);
    }

    /** Records that a claim left the graph: what it was, and why. */
    @Transactional(TxType.MANDATORY)
    public Change retracted(String nodeId, int version, Writer writer, Map<String, ?> before, String reason) {
        return record(nodeId, ChangeKind.RETRACTED, version, writer, before, null, reason);
    }

    /** Records that a node was folded into another: what it was, where it went, and why. */
    @Transactional(TxType.MANDATORY)
    public Change merged(String nodeId, int version, Writer writer, Map<String, ?> before, Map<String, ?> after,
            String reason) {
        return record(nodeId, ChangeKind.MERGED, version, writer, before, after, reason);
    }

    private Change record(String nodeId, ChangeKind kind, int version, Writer writer, Map<String, ?> before,
            Map<String, ?> after, String reason) {
        em.createNativeQuery("update change_sequence set last = last + 1 where id = 1").executeUpdate();
        Change change = new Change();
        change.sequence = ((Number) em.createNativeQuery("select last from change_sequence where id = 1").getSingleResult())
                .longValue();
        change.nodeId = nodeId;
        change.kind = kind;
        change.version = version;
        change.authorSubject = writer.subject();
        change.author = writer.name();
        change.origin = writer.suggestion() == null ? ChangeOrigin.ANALYST : ChangeOrigin.SUGGESTION;
        change.suggestion = writer.suggestion();
        change.madeAt = Instant.now();
        change.before = before == null ? null : asJson(before);
        change.after = after == null ? null : asJson(after);
        change.reason = reason;
        change.persist();
        changed.fire(new GraphChanged(change.sequence, nodeId, kind.name()));
        return change;
    }

    private String asJson(Map<String, ?> fields) {
        try {
            return json.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("A change's fields are not JSON: " + e.getMessage(), e);
        }
    }
}
