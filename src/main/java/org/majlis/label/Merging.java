package org.majlis.label;

import static org.majlis.graphql.InputErrors.field;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.majlis.auth.Writer;
import org.majlis.change.ChangeKind;
import org.majlis.change.ChangeLog;
import org.majlis.change.Versioned;
import org.majlis.change.Versions;
import org.majlis.graphql.GlobalId;
import org.majlis.graphql.InputErrors;
import org.majlis.graphql.NodeAlias;
import org.majlis.graphql.UserError;

/**
 * Folds one named node into another of its type, through every feature's {@link References}: the claims that named
 * it name the survivor (those named after it take new ids), its spellings become the survivor's aliases, and every
 * retired id answers as its new one ({@link NodeAlias}); the merged node goes, and both changes are recorded.
 */
@ApplicationScoped
public class Merging {

    // The column's width (V4__claim_versions.sql): refused as TOO_LONG, never a database error.
    private static final int REASON_CHARACTERS = 2000;

    private final Instance<References> references;
    private final ChangeLog changes;

    Merging(@Any Instance<References> references, ChangeLog changes) {
        this.references = references;
        this.changes = changes;
    }

    /** A merge's answer: the survivor (as it now is, or as it is on CONFLICT), and what to fix. */
    public record Merged<N>(N survivor, List<UserError> userErrors) {
    }

    /**
     * Merges two nodes of one kind, in the caller's transaction, or refuses with nothing changed: the ids must be of
     * the kind and distinct, both at the versions read, and no two claims may become one ({@link #clashes}). Then
     * {@link #fold}, the merged node deleted, the survivor's version moved on, and both changes recorded: MERGED for the
     * one that goes (after naming the survivor and the claim ids that changed), EDITED for the survivor's names.
     */
    @Transactional(TxType.MANDATORY)
    public <N> Merged<N> merge(Versioned<N> kind, Consumer<N> delete, MergeInput input, Writer writer) {
        InputErrors errors = new InputErrors();
        String from = errors.slugOf(input.from, kind.type(), field("from"));
        String into = errors.slugOf(input.into, kind.type(), field("into"));
        errors.requireText(input.reason, field("reason"));
        errors.maxLength(input.reason, REASON_CHARACTERS, field("reason"));
        if (from != null && from.equals(into)) {
            errors.add("INVALID", field("into"), "A node cannot be merged into itself.");
        }
        if (!errors.isEmpty()) {
            return new Merged<>(null, errors.list());
        }
        changes.begin();
        N gone = kind.find().apply(from);
        N stays = kind.find().apply(into);
        List<UserError> refusal = new ArrayList<>(Versions.refusal(gone == null ? null : kind.version().applyAsInt(gone),
                input.from, input.fromVersion, "from", "fromVersion"));
        refusal.addAll(Versions.refusal(stays == null ? null : kind.version().applyAsInt(stays), input.into,
                input.intoVersion, "into", "intoVersion"));
        if (refusal.isEmpty()) {
            clashes(kind.type(), from, into).forEach(c -> refusal.add(new UserError("INVALID", field("from"),
                    InputErrors.sentence(c))));
        }
        if (!refusal.isEmpty()) {
            return new Merged<>(stays, refusal);
        }
        Map<String, Object> goneBefore = kind.fields().apply(gone);
        Map<String, Object> staysBefore = kind.fields().apply(stays);
        Map<String, String> moved = fold(kind.type(), from, into);
        N merged = kind.find().apply(from); // the moves cleared the session
        N survivor = kind.find().apply(into);
        int goneVersion = kind.version().applyAsInt(merged) + 1;
        delete.accept(merged);
        kind.moveOn().accept(survivor);
        Map<String, Object> where = new LinkedHashMap<>();
        where.put("into", GlobalId.of(kind.type(), into));
        where.put("ids", moved);
        changes.merged(GlobalId.of(kind.type(), from), goneVersion, writer, goneBefore, where, input.reason.strip());
        changes.record(GlobalId.of(kind.type(), into), ChangeKind.EDITED, kind.version().applyAsInt(survivor), writer,
                staysBefore, kind.fields().apply(survivor));
        return new Merged<>(survivor, List.of());
    }

    /** Why the merge cannot be made, from every feature; empty when it can. */
    public List<String> clashes(String type, String from, String into) {
        List<String> clashes = new ArrayList<>();
        references.forEach(r -> clashes.addAll(r.clashes(type, from, into)));
        return clashes;
    }

    /** Moves everything that names {@code from} to {@code into}; answers the claim ids that changed, old to new. */
    @Transactional(TxType.MANDATORY)
    public Map<String, String> fold(String type, String from, String into) {
        Map<String, String> moved = new TreeMap<>();
        references.forEach(r -> moved.putAll(r.move(type, from, into)));
        moved.forEach(NodeAlias::record);
        String fromId = GlobalId.of(type, from);
        String intoId = GlobalId.of(type, into);
        NodeAlias.record(fromId, intoId);
        Labels.merge(fromId, intoId);
        return moved;
    }
}
