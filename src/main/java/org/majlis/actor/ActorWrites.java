package org.majlis.actor;

import static org.majlis.graphql.InputErrors.field;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.majlis.auth.Writer;
import org.majlis.change.ChangeKind;
import org.majlis.change.ChangeLog;
import org.majlis.change.Edits;
import org.majlis.change.Versioned;
import org.majlis.graphql.GlobalId;
import org.majlis.graphql.InputErrors;
import org.majlis.graphql.UserError;
import org.majlis.label.LabelInput;
import org.majlis.label.Labels;
import org.majlis.label.MergeInput;
import org.majlis.label.Merging;

/**
 * Adds actors and edits their names: checked by the seeds' label rules ({@link Labels}), then, one writer at a time
 * ({@link ChangeLog#begin()}), against what the database holds (a slug taken, a stale version).
 */
@ApplicationScoped
public class ActorWrites {

    /** The input's fields, the figure the cost estimate takes for a payload's userErrors (one problem a field). */
    static final int INPUT_FIELDS = 4;


    private final ChangeLog changes;
    private final Edits edits;
    private final Merging merging;

    ActorWrites(ChangeLog changes, Edits edits, Merging merging) {
        this.changes = changes;
        this.edits = edits;
        this.merging = merging;
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
        Edits.Edited<Actor> edited = edits.edit(KIND, input.id, input.version, writer, actor -> {
            InputErrors errors = new InputErrors();
            Labels.check(input.names, input.aliases, errors);
            if (errors.isEmpty()) {
                Labels.write(actor.getId(), input.names, input.aliases);
            }
            return errors.list();
        });
        return new ActorPayload(edited.node(), edited.userErrors());
    }

    /**
     * Folds one actor into another: every claim that names it names the survivor (a claim named after it takes the id
     * its rule now makes), its spellings become the survivor's aliases, and its id and the claims' old ids answer as
     * the new ones ({@link Merging}). Refused, with nothing changed, when a claim would become another's twin.
     */
    @Transactional
    public ActorPayload merge(MergeInput input, Writer writer) {
        Merging.Merged<Actor> merged = merging.merge(KIND, Actor::delete, input, writer);
        return new ActorPayload(merged.survivor(), merged.userErrors());
    }

    /** Actors as the shared procedures find, version and remember them: what their history keeps is their names. */
    private static final Versioned<Actor> KIND = new Versioned<>(Actor.TYPE, slug -> Actor.findById(slug),
            actor -> actor.version, actor -> actor.version++, actor -> Labels.fields(actor.getId()));
}
