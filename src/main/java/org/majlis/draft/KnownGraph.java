package org.majlis.draft;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.majlis.search.NamesInText;

/**
 * What the drafter knows of the graph: the names to find, each node's kind, country, parent and names (to resolve a
 * title's organisation and a place's country), and the claims a draft may report again (to propose a source of one
 * rather than a new claim). Built from the seed files by the commands, from the database by the service.
 */
public record KnownGraph(NamesInText names, Map<String, Node> nodes, Collection<KnownRole> roles,
        Collection<KnownMeeting> meetings, Collection<KnownPresence> presences) {

    /**
     * A node: its id ({@code Actor:…}), its kind's name (OrganisationKind, PlaceKind; null for an actor), its country
     * code, its parent organisation's id, its English name and every name folded.
     */
    public record Node(String id, String kind, String country, String parent, String englishName, List<String> folded) {
    }

    /** A role the graph holds, and the documents that report it (its own and its further sources'). */
    public record KnownRole(String claimId, String actor, String organisation, Set<String> documents) {
    }

    public record KnownMeeting(String claimId, Set<String> participants, String dateIso, String place, Set<String> documents) {
    }

    public record KnownPresence(String claimId, String force, String place, Set<String> documents) {
    }

    /** Everything but the names, which the search keeps fresh on its own; claims by id. */
    record Parts(Map<String, Node> nodes, Map<String, KnownRole> roles, Map<String, KnownMeeting> meetings,
            Map<String, KnownPresence> presences) {

        Parts {
            nodes = Map.copyOf(nodes);
            roles = Map.copyOf(roles);
            meetings = Map.copyOf(meetings);
            presences = Map.copyOf(presences);
        }

        KnownGraph with(NamesInText names) {
            return new KnownGraph(names, nodes, roles.values(), meetings.values(), presences.values());
        }
    }

    /** Whether the claim with this id is one this document reports (as its own or as a further source). */
    boolean reportedBy(String claimId, String document) {
        return document != null && Stream.of(roles.stream().filter(r -> r.claimId().equals(claimId)).map(KnownRole::documents),
                meetings.stream().filter(m -> m.claimId().equals(claimId)).map(KnownMeeting::documents),
                presences.stream().filter(p -> p.claimId().equals(claimId)).map(KnownPresence::documents))
                .flatMap(s -> s).anyMatch(documents -> documents.contains(document));
    }

    public Node node(String id) {
        return nodes.get(id);
    }
}
