package org.majlis.party;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.majlis.actor.Actor;
import org.majlis.graphql.Batch;
import org.majlis.graphql.Party;
import org.majlis.organisation.Organisation;

/** Loads the actors and organisations that a batch of claims names as parties: two queries, whatever the batch. */
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
}
