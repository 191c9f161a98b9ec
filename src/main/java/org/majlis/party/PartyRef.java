package org.majlis.party;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.majlis.actor.Actor;
import org.majlis.graphql.GlobalId;
import org.majlis.graphql.InvalidArgumentException;
import org.majlis.organisation.Organisation;

/**
 * A side of a claim that may be a person or a body: an actor or an organisation, by slug, exactly one of them set.
 * Embedded wherever a claim names such a side (a presence's supported sides, a relationship's subject and object);
 * {@link Parties} loads what they name, and {@link #ofId} reads one from a filter argument.
 */
@Embeddable
public class PartyRef {

    @Column(name = "actor")
    public String actorSlug;

    @Column(name = "organisation")
    public String organisationSlug;

    /** The party with one of these slugs set; null when neither is (an optional side the source does not name). */
    public static PartyRef of(String actorSlug, String organisationSlug) {
        if (actorSlug == null && organisationSlug == null) {
            return null;
        }
        PartyRef party = new PartyRef();
        party.actorSlug = actorSlug;
        party.organisationSlug = organisationSlug;
        return party;
    }

    /**
     * The party a global id names.
     *
     * @param argument how the caller names the argument in the error, e.g. filter.party
     * @throws InvalidArgumentException when the id is not an Actor's or an Organisation's
     */
    public static PartyRef ofId(String id, String argument) throws InvalidArgumentException {
        GlobalId parsed = GlobalId.parse(id);
        return switch (parsed.type()) {
            case Actor.TYPE -> of(parsed.slug(), null);
            case Organisation.TYPE -> of(null, parsed.slug());
            default -> throw new InvalidArgumentException(
                    argument + " must be an id of an Actor or an Organisation, not '" + id + "'");
        };
    }

    public boolean isActor() {
        return actorSlug != null;
    }

    public String slug() {
        return isActor() ? actorSlug : organisationSlug;
    }

    /** HQL that holds when the party embedded at {@code path} (e.g. {@code r.subject}) is this one, as :parameter. */
    public String matches(String path, String parameter) {
        return path + (isActor() ? ".actorSlug" : ".organisationSlug") + " = :" + parameter;
    }
}
