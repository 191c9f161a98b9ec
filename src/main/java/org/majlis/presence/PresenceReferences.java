package org.majlis.presence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.majlis.actor.Actor;
import org.majlis.evidence.Corroborations;
import org.majlis.label.References;
import org.majlis.organisation.Organisation;
import org.majlis.party.PartyRef;

/**
 * A presence names its force and sponsor, and the sides it supports; no presence is named after one. A presence found
 * to be another reported again is folded into it: its reports become the survivor's sources, its sides its sides.
 */
@ApplicationScoped
class PresenceReferences implements References {

    private final EntityManager em;

    PresenceReferences(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<String> clashes(String type, String from, String into) {
        return type.equals(MilitaryPresence.TYPE) ? Corroborations.clashes(MilitaryPresence.<MilitaryPresence> findById(from)
                .ownSource(), MilitaryPresence.<MilitaryPresence> findById(into).ownSource(), "removeMilitaryPresenceSource")
                : List.of();
    }

    @Override
    public Map<String, String> move(String type, String from, String into) {
        if (type.equals(MilitaryPresence.TYPE)) {
            MilitaryPresence stays = MilitaryPresence.findById(into);
            Corroborations.fold(em, MilitaryPresence.<MilitaryPresence> findById(from).ownSource(), stays.claim());
            supportsJoin(from, into);
        } else if (type.equals(Actor.TYPE)) {
            References.repoint(em, from, into, "presence_support.actor");
        } else if (type.equals(Organisation.TYPE)) {
            References.repoint(em, from, into, "presence_support.organisation", "military_presence.force_organisation",
                    "military_presence.sponsor");
        }
        return Map.of();
    }

    /** The sides the presence that goes supports, which the one that stays does not, join its list; its own go. */
    private void supportsJoin(String from, String into) {
        List<PresenceSupport> kept = PresenceSupport.forPresences(List.of(into));
        List<String> sides = new ArrayList<>(kept.stream().map(s -> side(s.party)).toList());
        int ordinal = kept.size();
        for (PresenceSupport side : PresenceSupport.forPresences(List.of(from))) {
            if (!sides.contains(side(side.party))) {
                sides.add(side(side.party));
                PresenceSupport joined = new PresenceSupport();
                joined.presenceSlug = into;
                joined.ordinal = ordinal++;
                joined.party = side.party;
                joined.persist();
            }
            side.delete();
        }
        em.flush();
    }

    private static String side(PartyRef party) {
        return party.actorSlug + "|" + party.organisationSlug;
    }
}
