package org.majlis.actor;

import static org.majlis.graphql.InputErrors.field;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;

import org.majlis.auth.Writer;
import org.majlis.change.ChangeKind;
import org.majlis.change.ChangeLog;
import org.majlis.change.Versions;
import org.majlis.graphql.GlobalId;
import org.majlis.graphql.InputErrors;
import org.majlis.graphql.NodeAlias;
import org.majlis.graphql.UserError;
import org.majlis.label.LabelInput;
import org.majlis.label.Labels;
import org.majlis.label.MergeInput;

/**
 * Adds actors and edits their names: checked by the seeds' label rules ({@link Labels}), then, one writer at a time
 * ({@link ChangeLog#begin()}), against what the database holds (a slug taken, a stale version).
 */
@ApplicationScoped
public class ActorWrites {

    /** The input's fields, the figure the cost estimate takes for a payload's userErrors (one problem a field). */
    static final int INPUT_FIELDS = 4;

    // The column's width (V4__claim_versions.sql): refused as TOO_LONG, never a database error.
    private static final int REASON_CHARACTERS = 2000;

    private final ChangeLog changes;
    private final Instance<ActorReferences> references;

    ActorWrites(ChangeLog changes, @Any Instance<ActorReferences> references) {
        this.changes = changes;
        this.references = references;
    }

    @Transactional
    public ActorPayload add(AddActorInput input, Writer writer) {
        InputErrors errors = new InputErrors();
        Labels.check(input.names, input.aliases, errors);
        String slug = Labels.newSlug(input.slug, input.names, "sergei-lavrov", errors);
        if (!errors.isEmpty()) {
            return new ActorPayload(null, errors.list());
        }
        changes.begin();
        if (Actor.findById(slug) != null) {
            return new ActorPayload(null, List.of(new UserError("TAKEN", field("slug"), GlobalId.of(Actor.TYPE, slug)
                    + " already exists: if it is the same person, quote them as it; if not, give a slug of their own.")));
        }
        Actor actor = new Actor();
        actor.slug = slug;
        actor.persist();
        Labels.write(actor.getId(), input.names, input.aliases == null ? List.of() : input.aliases);
        changes.record(actor.getId(), ChangeKind.CREATED, actor.version, writer, null, Labels.fields(actor.getId()));
        return new ActorPayload(actor, List.of());
    }

    @Transactional
    public ActorPayload edit(EditActorInput input, Writer writer) {
        InputErrors errors = new InputErrors();
        String slug = errors.slugOf(input.id, Actor.TYPE, field("id"));
        Labels.check(input.names, input.aliases, errors);
        if (!errors.isEmpty()) {
            return new ActorPayload(null, errors.list());
        }
        changes.begin();
        Versions.Current<Actor> current = Versions.current(slug, input.id, input.version, s -> Actor.findById(s),
                n -> n.version);
        if (current.refused()) {
            return new ActorPayload(current.node(), current.errors());
        }
        Actor actor = current.node();
        Map<String, Object> before = Labels.fields(actor.getId());
        Labels.write(actor.getId(), input.names, input.aliases);
        Map<String, Object> after = Labels.fields(actor.getId());
        if (!after.equals(before)) {
            actor.version++;
            changes.record(actor.getId(), ChangeKind.EDITED, actor.version, writer, before, after);
        }
        return new ActorPayload(actor, List.of());
    }

    /**
     * Folds one actor into another: every claim that names it names the survivor (a claim named after it takes the id
     * its rule now makes), its spellings become the survivor's aliases, and its id and the claims' old ids answer as
     * the new ones (NodeAlias). Refused, with nothing changed, when a claim would become another's twin.
     */
    @Transactional
    public ActorPayload merge(MergeInput input, Writer writer) {
        InputErrors errors = new InputErrors();
        String from = errors.slugOf(input.from, Actor.TYPE, field("from"));
        String into = errors.slugOf(input.into, Actor.TYPE, field("into"));
        errors.requireText(input.reason, field("reason"));
        errors.maxLength(input.reason, REASON_CHARACTERS, field("reason"));
        if (from != null && from.equals(into)) {
            errors.add("INVALID", field("into"), "An actor cannot be merged into itself.");
        }
        if (!errors.isEmpty()) {
            return new ActorPayload(null, errors.list());
        }
        changes.begin();
        Actor gone = Actor.findById(from);
        Actor stays = Actor.findById(into);
        List<UserError> refusal = new ArrayList<>(Versions.refusal(gone == null ? null : gone.version, input.from,
                input.fromVersion, "from", "fromVersion"));
        refusal.addAll(Versions.refusal(stays == null ? null : stays.version, input.into, input.intoVersion, "into",
                "intoVersion"));
        if (!refusal.isEmpty()) {
            return new ActorPayload(stays, refusal);
        }
        List<String> clashes = new ArrayList<>();
        references.forEach(r -> clashes.addAll(r.clashes(from, into)));
        if (!clashes.isEmpty()) {
            return new ActorPayload(stays, clashes.stream().map(c -> new UserError("INVALID", field("from"),
                    InputErrors.sentence(c))).toList());
        }
        String fromId = GlobalId.of(Actor.TYPE, from);
        String intoId = GlobalId.of(Actor.TYPE, into);
        Map<String, Object> goneBefore = Labels.fields(fromId);
        Map<String, Object> staysBefore = Labels.fields(intoId);
        Map<String, String> moved = new TreeMap<>();
        references.forEach(r -> moved.putAll(r.move(from, into)));
        moved.forEach(NodeAlias::record);
        NodeAlias.record(fromId, intoId);
        Labels.merge(fromId, intoId);
        Actor merged = Actor.findById(from);
        Actor survivor = Actor.findById(into);
        int goneVersion = merged.version + 1;
        merged.delete();
        survivor.version++;
        Map<String, Object> where = new LinkedHashMap<>();
        where.put("into", intoId);
        where.put("ids", moved);
        changes.merged(fromId, goneVersion, writer, goneBefore, where, input.reason.strip());
        changes.record(intoId, ChangeKind.EDITED, survivor.version, writer, staysBefore, Labels.fields(intoId));
        return new ActorPayload(survivor, List.of());
    }
}
