package org.majlis.change;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.majlis.auth.Writer;
import org.majlis.graphql.GlobalId;
import org.majlis.graphql.InputErrors;
import org.majlis.graphql.UserError;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Edits a node at the version read, by the one procedure every kind shares: the id checked, one writer at a time
 * ({@link ChangeLog#begin()}), NOT_FOUND or CONFLICT with the node as it is, then the kind's change; when the change
 * finds a problem, the transaction is rolled back, so that nothing it had set is written; an edit that changes
 * nothing records nothing; otherwise the version moves on and the change is recorded with the fields before and after.
 */
@ApplicationScoped
public class Edits {

    private final ChangeLog changes;

    Edits(ChangeLog changes) {
        this.changes = changes;
    }

    /** An edit's answer: the node (as changed, or as it is on CONFLICT), and what to fix. */
    public record Edited<N>(N node, List<UserError> userErrors) {
    }

    /**
     * @param change sets what the input changes on the node and answers the problems with it (empty when none)
     */
    @Transactional(TxType.MANDATORY)
    public <N> Edited<N> edit(Versioned<N> kind, String id, int version, Writer writer,
            Function<N, List<UserError>> change) {
        InputErrors errors = new InputErrors();
        String slug = errors.slugOf(id, kind.type(), InputErrors.field("id"));
        if (!errors.isEmpty()) {
            return new Edited<>(null, errors.list());
        }
        changes.begin();
        Versions.Current<N> current = Versions.current(slug, id, version, kind.find(), kind.version());
        if (current.refused()) {
            return new Edited<>(current.node(), current.errors());
        }
        N node = current.node();
        Map<String, Object> before = kind.fields().apply(node);
        List<UserError> problems = change.apply(node);
        if (!problems.isEmpty()) {
            QuarkusTransaction.setRollbackOnly();
            return new Edited<>(null, problems);
        }
        Map<String, Object> after = kind.fields().apply(node);
        if (!after.equals(before)) {
            kind.moveOn().accept(node);
            changes.record(GlobalId.of(kind.type(), slug), ChangeKind.EDITED, kind.version().applyAsInt(node), writer, before, after);
        }
        return new Edited<>(node, List.of());
    }
}
