package org.majlis.draft;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.majlis.actor.Actor;
import org.majlis.actor.Role;
import org.majlis.graphql.GlobalId;
import org.majlis.meeting.Meeting;
import org.majlis.organisation.Organisation;
import org.majlis.place.Place;
import org.majlis.presence.MilitaryPresence;
import org.majlis.search.IndexedName;
import org.majlis.search.NamesInText;
import org.majlis.search.NodeKind;
import org.majlis.search.TextToken;
import org.majlis.seed.SeedFiles.LabelSeed;
import org.majlis.seed.SeedSet;

/** The {@link KnownGraph} of a set of seed files, for the commands that draft without the service. */
final class SeedGraph {

    private SeedGraph() {
    }

    /**
     * @param documents which documents' claims the graph holds (the one being drafted is left out when measuring)
     */
    static KnownGraph of(SeedSet seeds, Predicate<String> documents) {
        return of(seeds, documents, id -> true);
    }

    /**
     * @param nodes which nodes the graph knows (the figures leave out the test texts' people, to find them as new)
     */
    static KnownGraph of(SeedSet seeds, Predicate<String> documents, Predicate<String> nodes) {
        List<IndexedName> names = new ArrayList<>();
        Map<String, KnownGraph.Node> known = new HashMap<>();
        for (SeedSet.Entities entities : seeds.entities()) {
            var file = entities.file();
            if (file.actors() != null) {
                file.actors().forEach(a -> node(known, names, NodeKind.ACTOR, a.slug(), null, null, null, a.names(), a.aliases()));
            }
            if (file.organisations() != null) {
                file.organisations().forEach(o -> node(known, names, NodeKind.ORGANISATION, o.slug(), o.kind().name(),
                        o.country(), o.parent() == null ? null : GlobalId.of(Organisation.TYPE, o.parent()), o.names(), o.aliases()));
            }
            if (file.places() != null) {
                file.places().forEach(p -> node(known, names, NodeKind.PLACE, p.slug(), p.kind().name(), p.country(), null,
                        p.names(), p.aliases()));
            }
        }
        List<KnownGraph.KnownRole> roles = new ArrayList<>();
        List<KnownGraph.KnownMeeting> meetings = new ArrayList<>();
        List<KnownGraph.KnownPresence> presences = new ArrayList<>();
        for (SeedSet.Doc doc : seeds.documents()) {
            if (!documents.test(doc.slug())) {
                continue;
            }
            var file = doc.file();
            list(file.roles()).forEach(r -> roles.add(new KnownGraph.KnownRole(
                    GlobalId.of(Role.TYPE, Role.slugOf(doc.slug(), r.key(), r.actor(), r.organisation())),
                    GlobalId.of(Actor.TYPE, r.actor()), r.organisation() == null ? null : GlobalId.of(Organisation.TYPE, r.organisation()),
                    Set.of(doc.slug()))));
            list(file.meetings()).forEach(m -> meetings.add(new KnownGraph.KnownMeeting(GlobalId.of(Meeting.TYPE, m.slug()),
                    m.participants().stream().map(p -> GlobalId.of(Actor.TYPE, p.actor())).collect(Collectors.toSet()),
                    m.date().iso(), m.place() == null ? null : GlobalId.of(Place.TYPE, m.place()), Set.of(doc.slug()))));
            list(file.militaryPresences()).forEach(p -> presences.add(new KnownGraph.KnownPresence(
                    GlobalId.of(MilitaryPresence.TYPE, p.slug()), GlobalId.of(Organisation.TYPE, p.force()),
                    p.place() == null ? null : GlobalId.of(Place.TYPE, p.place()), Set.of(doc.slug()))));
        }
        names.removeIf(name -> !nodes.test(name.nodeId()));
        known.keySet().removeIf(id -> !nodes.test(id));
        return new KnownGraph(NamesInText.of(names), known, roles, meetings, presences);
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static void node(Map<String, KnownGraph.Node> nodes, List<IndexedName> names, NodeKind kind, String slug,
            String nodeKind, String country, String parent, List<LabelSeed> labels, List<LabelSeed> aliases) {
        String id = GlobalId.of(kind.type(), slug);
        list(labels).forEach(l -> names.add(new IndexedName(id, kind, l.text(), l.lang(), false)));
        list(aliases).forEach(l -> names.add(new IndexedName(id, kind, l.text(), l.lang(), true)));
        String english = list(labels).stream().filter(l -> l.lang().equals("en")).map(LabelSeed::text).findFirst().orElse(null);
        List<String> folded = Stream.concat(list(labels).stream(), list(aliases).stream())
                .map(l -> String.join(" ", TextToken.fold(l.text()))).toList();
        nodes.put(id, new KnownGraph.Node(id, nodeKind, country, parent, english, folded));
    }

}
