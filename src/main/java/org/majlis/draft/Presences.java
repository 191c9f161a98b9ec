package org.majlis.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.majlis.organisation.Organisation;
import org.majlis.organisation.OrganisationKind;
import org.majlis.place.Place;
import org.majlis.place.PlaceKind;

/**
 * Foreign military presences from a sentence that has a word for a force (mercenaries, troops, instructors, fighter
 * jets, a base; مرتزقة، قوات، مدربين، تعزيزات عسكرية، قاعدة) and a known armed body or state: the force is the armed
 * body named nearest before that word, else the state (see {@link #force}); the sponsor that force's state where the sentence names it; where, each
 * military base the sentence names (one presence each), else its first place, else the state it names last; the host
 * country where that is, and no presence where it is the force's own country; the start the sentence's first date.
 */
final class Presences {

    static final String RULE = "force-words";

    private static final Set<String> ARMED = Set.of(OrganisationKind.PRIVATE_MILITARY_COMPANY.name(),
            OrganisationKind.MILITARY.name(), OrganisationKind.ARMED_GROUP.name());

    record Found(Lexicon.Force force, String forceId, String sponsor, String place, String hostCountry,
            Dates.Found start, boolean alleged, int first, int last) {
    }

    private Presences() {
    }

    static List<Found> in(Reading r, Vocabulary v, KnownGraph graph, List<Dates.Found> dates) {
        List<Found> found = new ArrayList<>();
        int sentence = -1;
        for (int i = 0; i < r.tokens.size(); i++) {
            Phrases.Match<Lexicon.Force> word = v.forces.at(r.tokens, i);
            if (word == null || r.sentence[i] == sentence || r.nameAt[i] != null) {
                continue;
            }
            int[] bounds = r.sentenceBounds(i);
            List<Reading.Name> organisations = new ArrayList<>();
            List<KnownGraph.Node> places = new ArrayList<>();
            for (Reading.Name name : r.names) {
                if (name.first() >= bounds[0] && name.last() <= bounds[1] && !name.ambiguous()) {
                    KnownGraph.Node node = graph.node(name.nodeId());
                    if (node != null && name.of(Organisation.TYPE)) {
                        organisations.add(name);
                    } else if (node != null && name.of(Place.TYPE)) {
                        places.add(node);
                    }
                }
            }
            KnownGraph.Node force = force(organisations, graph, r, i);
            if (force == null) {
                continue;
            }
            // The sponsor only where the sentence names the force's state: that Wagner is Russia's is not the text's word.
            List<KnownGraph.Node> bodies = organisations.stream().map(n -> graph.node(n.nodeId())).toList();
            String sponsor = force.country() == null ? null : bodies.stream()
                    .filter(o -> OrganisationKind.STATE.name().equals(o.kind()) && force.country().equals(o.country()))
                    .map(KnownGraph.Node::id).findFirst().orElse(null);
            List<KnownGraph.Node> bases = places.stream().filter(p -> PlaceKind.MILITARY_BASE.name().equals(p.kind())).toList();
            List<KnownGraph.Node> where = !bases.isEmpty() ? bases : places.isEmpty() ? List.of() : List.of(places.get(0));
            Dates.Found start = dates.stream().filter(d -> d.first() >= bounds[0] && d.last() <= bounds[1]).findFirst()
                    .orElse(null);
            boolean alleged = alleged(r, v, bounds);
            if (where.isEmpty()) {
                KnownGraph.Node host = bodies.stream()
                        .filter(o -> OrganisationKind.STATE.name().equals(o.kind()) && o.country() != null
                                && !o.country().equals(force.country()))
                        .reduce((a, b) -> b).orElse(null);
                if (host != null) {
                    found.add(new Found(word.value(), force.id(), sponsor, null, host.country(), start, alleged, bounds[0], bounds[1]));
                    sentence = r.sentence[i];
                }
            }
            for (KnownGraph.Node place : where) {
                if (place.country() != null && !place.country().equals(force.country())) {
                    found.add(new Found(word.value(), force.id(), sponsor, place.id(), place.country(), start, alleged,
                            bounds[0], bounds[1]));
                    sentence = r.sentence[i];
                }
            }
        }
        return found;
    }

    /**
     * Who the force is: the armed body or state named nearest before the word for it (the subject of "sent",
     * "deployed"), else the first armed body after it, else the first state after it.
     */
    private static KnownGraph.Node force(List<Reading.Name> organisations, KnownGraph graph, Reading r, int word) {
        Set<String> state = Set.of(OrganisationKind.STATE.name());
        KnownGraph.Node before = null;
        for (Reading.Name name : organisations) {
            KnownGraph.Node node = graph.node(name.nodeId());
            if (name.last() < word && (ARMED.contains(node.kind()) || state.contains(node.kind()))) {
                before = node;
            }
        }
        if (before != null) {
            return before;
        }
        for (Set<String> kinds : List.of(ARMED, state)) {
            for (Reading.Name name : organisations) {
                KnownGraph.Node node = graph.node(name.nodeId());
                if (name.first() > word && kinds.contains(node.kind())) {
                    return node;
                }
            }
        }
        return null;
    }

    private static boolean alleged(Reading r, Vocabulary v, int[] bounds) {
        for (int k = bounds[0]; k <= bounds[1]; k++) {
            if (v.alleged.at(r.tokens, k) != null) {
                return true;
            }
        }
        return false;
    }
}
