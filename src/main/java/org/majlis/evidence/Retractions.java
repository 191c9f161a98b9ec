package org.majlis.evidence;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.majlis.auth.Writer;
import org.majlis.change.ChangeLog;
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

    /**
     * How one kind of claim is found, versioned, remembered by its history ({@code fields}) and removed with its parts
     * and quotes ({@code remove}).
     */
    public record Kind<C>(String type, Function<String, C> find, ToIntFunction<C> version,
            Function<C, Map<String, Object>> fields, Consumer<C> remove) {
    }

    /** A retraction's answer: nothing when it was made; what to fix otherwise (and on CONFLICT, the claim as it is). */
    public record Retracted<C>(C current, List<UserError> userErrors) {
    }

    @Transactional(TxType.MANDATORY)
    public <C> Retracted<C> retract(Kind<C> kind, RetractInput input, Writer writer) {
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
        kind.remove().accept(claim);
        changes.retracted(GlobalId.of(kind.type(), slug), version, writer, before, input.reason.strip());
        return new Retracted<>(null, List.of());
    }
}
