package org.majlis.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.jboss.logging.Logger;
import org.majlis.document.Document;
import org.majlis.events.GraphChanged;
import org.majlis.events.SeedsImported;
import org.majlis.graphql.ListSizes;
import org.majlis.label.Label;
import org.majlis.store.SqlRows;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Holds the search and mention indexes. Both are built from the database after every import, then follow each
 * committed change: a new document's mentions and a node's new names join them in a new snapshot swapped in whole,
 * so a request sees one consistent snapshot and never waits for a change to be taken in.
 * <p>
 * Snapshots are replaced one at a time (the methods that replace one are synchronized): a writer's own change and
 * one that another replica made (org.majlis.change.ChangeWatcher) may arrive together.
 */
@ApplicationScoped
public class SearchService {

    private static final Logger LOG = Logger.getLogger(SearchService.class);

    /**
     * The indexes; the names they hold by label id (the order a build reads them in, which decides between a
     * node's equally good names); and the mentions lists' lengths as the cost estimate knows them: by coordinate
     * (Actor.mentions), the mentions in all and the lists (one per named node).
     */
    private record Snapshot(SortedMap<Long, IndexedName> namesById, SearchIndex names, MentionIndex mentions,
            Map<String, long[]> mentionLists) {
    }

    private final ListSizes sizes;
    private final SqlRows rows;
    private volatile Snapshot snapshot = new Snapshot(new TreeMap<>(), SearchIndex.build(List.of()), MentionIndex.EMPTY,
            Map.of());

    public SearchService(ListSizes sizes, SqlRows rows) {
        this.sizes = sizes;
        this.rows = rows;
    }

    synchronized void rebuild(@Observes SeedsImported imported) {
        long started = System.nanoTime();
        // Plain SQL (SqlRows): every name and every text, as rows, not entities; at a start on the bundled seeds the
        // two HQL queries this replaced took most of the build's time (docs/benchmarks.md, "Issue 23: a restart").
        SortedMap<Long, IndexedName> names = new TreeMap<>();
        for (Object[] row : rows.select("select id, node_id, text, lang, alias from label")) {
            NodeKind kind = NodeKind.ofId((String) row[1]);
            if (kind != null) {
                names.put(((Number) row[0]).longValue(), new IndexedName((String) row[1], kind, (String) row[2],
                        (String) row[3], (Boolean) row[4]));
            }
        }
        Map<String, String> documents = new HashMap<>();
        for (Object[] row : rows.select("select slug, text from document")) {
            documents.put((String) row[0], (String) row[1]);
        }
        List<IndexedName> all = List.copyOf(names.values());
        MentionIndex mentions = MentionIndex.build(all, documents);
        snapshot = new Snapshot(names, SearchIndex.build(all), mentions, measureMentions(mentions));
        LOG.infof("Search index: %d names, %d documents (%d different words), in %d ms", names.size(),
                documents.size(), mentions.words(), (System.nanoTime() - started) / 1_000_000);
    }

    private static IndexedName indexed(Label label) {
        NodeKind kind = NodeKind.ofId(label.nodeId);
        return kind == null ? null : new IndexedName(label.nodeId, kind, label.text, label.lang, label.alias);
    }

    /**
     * A node's names may have changed (added, edited, merged into another): the search index is built again from the
     * names it holds (no document is read), and the mention index looks for the new names in the documents that
     * could hold them (docs/benchmarks.md has both at N = 10,000: "Issue 23: writes", "A new name").
     */
    synchronized void renamed(@Observes(during = TransactionPhase.AFTER_SUCCESS) GraphChanged changed) {
        String nodeId = changed.nodeId();
        if (NodeKind.ofId(nodeId) == null) {
            return;
        }
        Snapshot current = snapshot;
        SortedMap<Long, IndexedName> names = new TreeMap<>(current.namesById());
        names.values().removeIf(name -> name.nodeId().equals(nodeId));
        List<IndexedName> nodeNames = new ArrayList<>();
        for (Label label : QuarkusTransaction.requiringNew().call(() -> Label.ofNode(nodeId))) {
            names.put(label.id, indexed(label));
            nodeNames.add(indexed(label));
        }
        if (names.equals(current.namesById())) {
            return;
        }
        MentionIndex mentions = current.mentions().withNames(nodeId, nodeNames,
                slugs -> QuarkusTransaction.requiringNew().call(() -> Document.texts(slugs)));
        Map<String, long[]> lists = copy(current.mentionLists());
        long[] totals = lists.computeIfAbsent(changed.type() + ".mentions", k -> new long[2]);
        totals[0] += mentions.of(nodeId).size() - current.mentions().of(nodeId).size();
        totals[1] += (mentions.nodes().contains(nodeId) ? 1 : 0) - (current.mentions().nodes().contains(nodeId) ? 1 : 0);
        sizes.record(changed.type() + ".mentions", totals[0], totals[1]);
        snapshot = new Snapshot(names, current.names().rebuilt(List.copyOf(names.values())), mentions, lists);
    }

    /**
     * A document an analyst added: its mentions join the index, in a new snapshot swapped in whole.
     */
    synchronized void addDocument(@Observes(during = TransactionPhase.AFTER_SUCCESS) GraphChanged changed) {
        if (changed.type().equals(Document.TYPE) && changed.kind().equals("CREATED")) {
            String text = QuarkusTransaction.requiringNew().call(() -> Document.<Document> findById(changed.slug()).text);
            Snapshot current = snapshot;
            MentionIndex.Added added = current.mentions().withDocument(changed.slug(), text);
            // The lists grow by the new document's mentions: counted from its own scan, not by measuring every list
            // again (which took 2 s a document at N = 10,000, docs/benchmarks.md).
            Map<String, long[]> lists = copy(current.mentionLists());
            added.mentionsByType().forEach((type, count) -> {
                long[] totals = lists.computeIfAbsent(type + ".mentions", k -> new long[2]);
                totals[0] += count;
            });
            lists.forEach((coordinate, totals) -> sizes.record(coordinate, totals[0], totals[1]));
            snapshot = new Snapshot(current.namesById(), current.names(), added.index(), lists);
        }
    }

    private static Map<String, long[]> copy(Map<String, long[]> lists) {
        Map<String, long[]> copy = new HashMap<>();
        lists.forEach((coordinate, totals) -> copy.put(coordinate, totals.clone()));
        return copy;
    }

    /**
     * Actor.mentions, Organisation.mentions and Place.mentions, by the type of the node's id: records each one's
     * average length with the cost estimate, and returns the totals it is made of.
     */
    private Map<String, long[]> measureMentions(MentionIndex mentions) {
        Map<String, long[]> lists = new HashMap<>();
        for (String nodeId : mentions.nodes()) {
            long[] totals = lists.computeIfAbsent(nodeId.substring(0, nodeId.indexOf(':')) + ".mentions", k -> new long[2]);
            totals[0] += mentions.of(nodeId).size();
            totals[1]++;
        }
        lists.forEach((coordinate, totals) -> sizes.record(coordinate, totals[0], totals[1]));
        return lists;
    }

    public List<NameMatch> search(String text, Set<NodeKind> kinds, int limit) {
        return snapshot.names().search(text, kinds, limit);
    }

    /** The names the graph holds now, to find in a text it does not hold yet (a draft). */
    public NamesInText names() {
        return new NamesInText(snapshot.mentions());
    }

    public List<Mention> mentions(String nodeId) {
        return snapshot.mentions().of(nodeId);
    }
}
