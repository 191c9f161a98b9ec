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
import org.majlis.change.ChangeKind;
import org.majlis.document.Document;
import org.majlis.evidence.ClaimSource;
import org.majlis.events.GraphChanged;
import org.majlis.events.SeedsImported;
import org.majlis.graphql.GlobalId;
import org.majlis.label.Label;
import org.majlis.meeting.Meeting;
import org.majlis.meeting.Participation;
import org.majlis.meeting.Statement;
import org.majlis.organisation.Organisation;
import org.majlis.place.Place;
import org.majlis.presence.MilitaryPresence;
import org.majlis.relationship.Relationship;
import org.majlis.search.SearchService;
import org.majlis.search.TextToken;
import org.majlis.store.SqlRows;

/**
 * The {@link KnownGraph} of the database, for drafting in the service: the names come from the search's current
 * snapshot (built at import, kept fresh by every change); the nodes and claims are read in plain SQL at the first draft
 * after an import, then kept fresh by the changes (ours and other replicas'): at the next draft, each node or claim a
 * change named is read again by its id, in the drafting transaction. A merge of two actors, organisations or places
 * rewrites the claims that named the one that went, so it has everything read again.
 */
@ApplicationScoped
public class DraftGraph {

    /** The types whose changes a draft takes in node by node. */
    private static final Set<String> READ_BY_ID = Set.of(Actor.TYPE, Organisation.TYPE, Place.TYPE, Role.TYPE, Meeting.TYPE,
            MilitaryPresence.TYPE);
    /** The types whose changes move nothing a draft reads (a change of any other type has everything read again). */
    private static final Set<String> UNREAD = Set.of(Document.TYPE, Statement.TYPE, Relationship.TYPE);
    private static final Set<String> NAMED = Set.of(Actor.TYPE, Organisation.TYPE, Place.TYPE);

    private final SearchService search;
    private final SqlRows rows;
    /** Everything but the names; null until read (again). */
    private KnownGraph.Parts parts;
    /** The nodes and claims changed since the parts were read. */
    private final Set<String> changed = new HashSet<>();

    DraftGraph(SearchService search, SqlRows rows) {
        this.search = search;
        this.rows = rows;
    }

    synchronized void imported(@Observes SeedsImported imported) {
        parts = null;
        changed.clear();
    }

    synchronized void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) GraphChanged change) {
        if (change.kind().equals(ChangeKind.MERGED.name()) && NAMED.contains(change.type())) {
            parts = null;
            changed.clear();
        } else if (READ_BY_ID.contains(change.type())) {
            changed.add(change.nodeId());
        } else if (!UNREAD.contains(change.type())) {
            parts = null;
            changed.clear();
        }
    }

    /** The graph as it now is; called in a transaction (a changed node is read by its entity). */
    synchronized KnownGraph now() {
        if (parts == null) {
            parts = read();
        } else if (!changed.isEmpty()) {
            parts = refreshed(parts, changed);
        }
        changed.clear();
        return parts.with(search.names());
    }

    /** The parts with each of these nodes and claims as the database now holds it (gone where it is no more). */
    private static KnownGraph.Parts refreshed(KnownGraph.Parts old, Set<String> ids) {
        Map<String, KnownGraph.Node> nodes = new HashMap<>(old.nodes());
        Map<String, KnownGraph.KnownRole> roles = new HashMap<>(old.roles());
        Map<String, KnownGraph.KnownMeeting> meetings = new HashMap<>(old.meetings());
        Map<String, KnownGraph.KnownPresence> presences = new HashMap<>(old.presences());
        for (String id : ids) {
            String type = id.substring(0, id.indexOf(':'));
            String slug = id.substring(id.indexOf(':') + 1);
            nodes.remove(id);
            roles.remove(id);
            meetings.remove(id);
            presences.remove(id);
            switch (type) {
                case "Organisation" -> {
                    Organisation o = Organisation.findById(slug);
                    if (o != null) {
                        nodes.put(id, node(id, o.kind.name(), o.country, o.parentSlug == null ? null
                                : GlobalId.of(Organisation.TYPE, o.parentSlug)));
                    }
                }
                case "Place" -> {
                    Place p = Place.findById(slug);
                    if (p != null) {
                        nodes.put(id, node(id, p.kind.name(), p.country, null));
                    }
                }
                case "Actor" -> {
                    if (Actor.findById(slug) != null) {
                        nodes.put(id, node(id, null, null, null));
                    }
                }
                case "Role" -> {
                    Role r = Role.findById(slug);
                    if (r != null) {
                        roles.put(id, new KnownGraph.KnownRole(id, GlobalId.of(Actor.TYPE, r.actorSlug), r.organisationSlug == null
                                ? null : GlobalId.of(Organisation.TYPE, r.organisationSlug), documents(id, r.documentSlug)));
                    }
                }
                case "Meeting" -> {
                    Meeting m = Meeting.findById(slug);
                    if (m != null) {
                        Set<String> participants = new HashSet<>();
                        Participation.forMeetings(List.of(slug)).forEach(p -> participants.add(GlobalId.of(Actor.TYPE, p.actorSlug)));
                        meetings.put(id, new KnownGraph.KnownMeeting(id, participants, m.date.iso, m.placeSlug == null ? null
                                : GlobalId.of(Place.TYPE, m.placeSlug), documents(id, m.documentSlug)));
                    }
                }
                case "MilitaryPresence" -> {
                    MilitaryPresence p = MilitaryPresence.findById(slug);
                    if (p != null) {
                        presences.put(id, new KnownGraph.KnownPresence(id, GlobalId.of(Organisation.TYPE, p.forceSlug),
                                p.placeSlug == null ? null : GlobalId.of(Place.TYPE, p.placeSlug), documents(id, p.documentSlug)));
                    }
                }
                default -> throw new IllegalStateException("A change of " + id + " is not read by id");
            }
        }
        return new KnownGraph.Parts(nodes, roles, meetings, presences);
    }

    /** A node as its labels now name it. */
    private static KnownGraph.Node node(String id, String kind, String country, String parent) {
        List<String> folded = new ArrayList<>();
        String english = null;
        for (Label label : Label.ofNode(id)) {
            folded.add(String.join(" ", TextToken.fold(label.text)));
            if (english == null && !label.alias && "en".equals(label.lang)) {
                english = label.text;
            }
        }
        return new KnownGraph.Node(id, kind, country, parent, english, folded);
    }

    private static Set<String> documents(String claim, String own) {
        Set<String> documents = new HashSet<>();
        documents.add(own);
        ClaimSource.forClaims(List.of(claim)).forEach(source -> documents.add(source.documentSlug));
        return documents;
    }

    private KnownGraph.Parts read() {
        Map<String, List<String>> names = new HashMap<>();
        Map<String, String> english = new HashMap<>();
        for (Object[] row : rows.select("select node_id, text, lang, alias from label order by node_id, alias, ordinal")) {
            String node = (String) row[0];
            names.computeIfAbsent(node, k -> new ArrayList<>()).add(String.join(" ", TextToken.fold((String) row[1])));
            if ("en".equals(row[2]) && !Boolean.TRUE.equals(row[3])) {
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
        Map<String, KnownGraph.KnownRole> roles = new HashMap<>();
        for (Object[] row : rows.select("select id, actor, organisation, document from role")) {
            String id = GlobalId.of(Role.TYPE, (String) row[0]);
            roles.put(id, new KnownGraph.KnownRole(id, GlobalId.of(Actor.TYPE, (String) row[1]),
                    row[2] == null ? null : GlobalId.of(Organisation.TYPE, (String) row[2]), documents(id, (String) row[3], further)));
        }
        Map<String, Set<String>> participants = new HashMap<>();
        for (Object[] row : rows.select("select meeting, actor from participation")) {
            participants.computeIfAbsent((String) row[0], k -> new HashSet<>()).add(GlobalId.of(Actor.TYPE, (String) row[1]));
        }
        Map<String, KnownGraph.KnownMeeting> meetings = new HashMap<>();
        for (Object[] row : rows.select("select slug, date_iso, place, document from meeting")) {
            String id = GlobalId.of(Meeting.TYPE, (String) row[0]);
            meetings.put(id, new KnownGraph.KnownMeeting(id, participants.getOrDefault((String) row[0], Set.of()), (String) row[1],
                    row[2] == null ? null : GlobalId.of(Place.TYPE, (String) row[2]), documents(id, (String) row[3], further)));
        }
        Map<String, KnownGraph.KnownPresence> presences = new HashMap<>();
        for (Object[] row : rows.select("select slug, force_organisation, place, document from military_presence")) {
            String id = GlobalId.of(MilitaryPresence.TYPE, (String) row[0]);
            presences.put(id, new KnownGraph.KnownPresence(id, GlobalId.of(Organisation.TYPE, (String) row[1]),
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
