package org.majlis.draft;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.majlis.actor.Actor;
import org.majlis.actor.Role;
import org.majlis.events.GraphChanged;
import org.majlis.events.SeedsImported;
import org.majlis.graphql.GlobalId;
import org.majlis.meeting.Meeting;
import org.majlis.organisation.Organisation;
import org.majlis.place.Place;
import org.majlis.presence.MilitaryPresence;
import org.majlis.search.SearchService;
import org.majlis.search.TextToken;
import org.majlis.store.SqlRows;

/**
 * The {@link KnownGraph} of the database, for drafting in the service: the names come from the search's current
 * snapshot (built at import, kept fresh by every change); the nodes and claims are read in plain SQL when a document is
 * first drafted after an import or a change (ours or another replica's), and kept until the next.
 */
@ApplicationScoped
public class DraftGraph {

    private final SearchService search;
    private final SqlRows rows;
    private volatile KnownGraph.Parts parts;

    DraftGraph(SearchService search, SqlRows rows) {
        this.search = search;
        this.rows = rows;
    }

    void imported(@Observes SeedsImported imported) {
        parts = null;
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) GraphChanged changed) {
        parts = null;
    }

    /** The graph as it now is. */
    KnownGraph now() {
        KnownGraph.Parts current = parts;
        if (current == null) {
            current = read();
            parts = current;
        }
        return current.with(search.names());
    }

    private KnownGraph.Parts read() {
        Map<String, List<String>> names = new HashMap<>();
        Map<String, String> english = new HashMap<>();
        for (Object[] row : rows.select("select node_id, text, lang from label order by node_id, alias, ordinal")) {
            String node = (String) row[0];
            names.computeIfAbsent(node, k -> new ArrayList<>()).add(String.join(" ", TextToken.fold((String) row[1])));
            if ("en".equals(row[2])) {
                english.putIfAbsent(node, (String) row[1]);
            }
        }
        Map<String, KnownGraph.Node> nodes = new HashMap<>();
        for (Object[] row : rows.select("select slug, kind, country, parent from organisation")) {
            String id = GlobalId.of(Organisation.TYPE, (String) row[0]);
            nodes.put(id, new KnownGraph.Node(id, (String) row[1], (String) row[2],
                    row[3] == null ? null : GlobalId.of(Organisation.TYPE, (String) row[3]), english.get(id),
                    names.getOrDefault(id, List.of())));
        }
        for (Object[] row : rows.select("select slug, kind, country from place")) {
            String id = GlobalId.of(Place.TYPE, (String) row[0]);
            nodes.put(id, new KnownGraph.Node(id, (String) row[1], (String) row[2], null, english.get(id),
                    names.getOrDefault(id, List.of())));
        }
        for (Object[] row : rows.select("select slug from actor")) {
            String id = GlobalId.of(Actor.TYPE, (String) row[0]);
            nodes.put(id, new KnownGraph.Node(id, null, null, null, english.get(id), names.getOrDefault(id, List.of())));
        }
        Map<String, Set<String>> further = new HashMap<>();
        for (Object[] row : rows.select("select claim, document from claim_source")) {
            further.computeIfAbsent((String) row[0], k -> new HashSet<>()).add((String) row[1]);
        }
        List<KnownGraph.KnownRole> roles = new ArrayList<>();
        for (Object[] row : rows.select("select id, actor, organisation, document from role")) {
            String id = GlobalId.of(Role.TYPE, (String) row[0]);
            roles.add(new KnownGraph.KnownRole(id, GlobalId.of(Actor.TYPE, (String) row[1]),
                    row[2] == null ? null : GlobalId.of(Organisation.TYPE, (String) row[2]), documents(id, (String) row[3], further)));
        }
        Map<String, Set<String>> participants = new HashMap<>();
        for (Object[] row : rows.select("select meeting, actor from participation")) {
            participants.computeIfAbsent((String) row[0], k -> new HashSet<>()).add(GlobalId.of(Actor.TYPE, (String) row[1]));
        }
        List<KnownGraph.KnownMeeting> meetings = new ArrayList<>();
        for (Object[] row : rows.select("select slug, date_iso, place, document from meeting")) {
            String id = GlobalId.of(Meeting.TYPE, (String) row[0]);
            meetings.add(new KnownGraph.KnownMeeting(id, participants.getOrDefault((String) row[0], Set.of()), (String) row[1],
                    row[2] == null ? null : GlobalId.of(Place.TYPE, (String) row[2]), documents(id, (String) row[3], further)));
        }
        List<KnownGraph.KnownPresence> presences = new ArrayList<>();
        for (Object[] row : rows.select("select slug, force_organisation, place, document from military_presence")) {
            String id = GlobalId.of(MilitaryPresence.TYPE, (String) row[0]);
            presences.add(new KnownGraph.KnownPresence(id, GlobalId.of(Organisation.TYPE, (String) row[1]),
                    row[2] == null ? null : GlobalId.of(Place.TYPE, (String) row[2]), documents(id, (String) row[3], further)));
        }
        return new KnownGraph.Parts(nodes, roles, meetings, presences);
    }

    private static Set<String> documents(String claim, String own, Map<String, Set<String>> further) {
        Set<String> documents = new HashSet<>(further.getOrDefault(claim, Set.of()));
        documents.add(own);
        return documents;
    }
}
