package org.majlis.party;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.majlis.actor.Actor;
import org.majlis.graphql.Batch;
import org.majlis.graphql.GlobalId;
import org.majlis.graphql.InputErrors;
import org.majlis.graphql.InvalidArgumentException;
import org.majlis.graphql.Party;
import org.majlis.organisation.Organisation;

/**
 * Loads the actors and organisations that a batch of claims names as parties (two queries, whatever the batch), and
 * checks the parties a mutation names.
 */
public final class Parties {

    private Parties() {
    }

    /** For each row, the Actor or Organisation its party names; null where it names none. */
    public static <T> List<Party> of(List<T> rows, Function<T, PartyRef> party) {
        List<Actor> actors = Batch.one(rows, r -> slug(party.apply(r), true), Actor::findBySlugs, a -> a.slug);
        List<Organisation> organisations = Batch.one(rows, r -> slug(party.apply(r), false), Organisation::findBySlugs,
                o -> o.slug);
        List<Party> result = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            result.add(actors.get(i) != null ? actors.get(i) : organisations.get(i));
        }
        return result;
    }

    private static String slug(PartyRef party, boolean actor) {
        return party == null ? null : actor ? party.actorSlug : party.organisationSlug;
    }

    /**
     * The side a mutation's input names by an Actor's or an Organisation's id, which must be in the graph; null, and
     * the problem added on its field, when it is not one.
     */
    public static PartyRef reference(String id, List<String> field, InputErrors errors) {
        try {
            PartyRef party = PartyRef.ofId(id, field.get(field.size() - 1));
            boolean found = party.isActor() ? Actor.exists(party.actorSlug) : Organisation.exists(party.organisationSlug);
            errors.requireFound(found, id, field, "name an actor or an organisation of the graph.");
            return found ? party : null;
        } catch (InvalidArgumentException e) {
            errors.add("INVALID", field, InputErrors.sentence(e.getMessage()));
            return null;
        }
    }

    /** The global id of a side: Actor:<slug> or Organisation:<slug>. */
    public static String id(PartyRef party) {
        return party.isActor() ? GlobalId.of(Actor.TYPE, party.actorSlug) : GlobalId.of(Organisation.TYPE, party.organisationSlug);
    }
}
