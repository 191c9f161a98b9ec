package org.majlis.evidence;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.majlis.auth.Writer;
import org.majlis.change.ChangeLog;
import org.majlis.change.Versioned;
import org.majlis.change.Versions;
import org.majlis.graphql.GlobalId;
import org.majlis.graphql.InputErrors;
import org.majlis.graphql.UserError;

/**
 * Takes a claim out of the graph, never out of its history: at the version read (CONFLICT otherwise), one writer at a
 * time ({@link ChangeLog#begin()}), the claim's rows and quotes removed and the change recorded with what it was and
 * why, in the caller's transaction. Every kind of claim is retracted by this one procedure.
 */
@ApplicationScoped
public class Retractions {

    private final ChangeLog changes;

    Retractions(ChangeLog changes) {
        this.changes = changes;
    }

    /** A retraction's answer: nothing when it was made; what to fix otherwise (and on CONFLICT, the claim as it is). */
    public record Retracted<C>(C current, List<UserError> userErrors) {
    }

    /**
     * @param remove takes the claim's rows out, its parts and quotes with it
     */
    @Transactional(TxType.MANDATORY)
    public <C> Retracted<C> retract(Versioned<C> kind, Consumer<C> remove, RetractInput input, Writer writer) {
        InputErrors errors = new InputErrors();
        String slug = input.slug(kind.type(), errors);
        if (!errors.isEmpty()) {
            return new Retracted<>(null, errors.list());
        }
        changes.begin();
        Versions.Current<C> current = Versions.current(slug, input.id, input.version, kind.find(), kind.version());
        if (current.refused()) {
            return new Retracted<>(current.node(), current.errors());
        }
        C claim = current.node();
        Map<String, Object> before = kind.fields().apply(claim);
        int version = kind.version().applyAsInt(claim) + 1;
        remove.accept(claim);
        changes.retracted(GlobalId.of(kind.type(), slug), version, writer, before, input.reason.strip());
        return new Retracted<>(null, List.of());
    }
}
