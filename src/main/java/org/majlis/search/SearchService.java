package org.majlis.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.jboss.logging.Logger;
import org.majlis.document.Document;
import org.majlis.events.GraphChanged;
import org.majlis.events.SeedsImported;
import org.majlis.graphql.ListSizes;
import org.majlis.label.Label;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Holds the search and mention indexes of the data as last imported. Both are rebuilt from the database after
 * every import and swapped in whole, so a request sees one consistent snapshot and never waits for a rebuild.
 */
@ApplicationScoped
public class SearchService {

    private static final Logger LOG = Logger.getLogger(SearchService.class);

    /**
     * The indexes, and the mentions lists' lengths as the cost estimate knows them: by coordinate (Actor.mentions),
     * the mentions in all and the lists (one per named node).
     */
    private record Snapshot(SearchIndex names, MentionIndex mentions, Map<String, long[]> mentionLists) {
    }

    private final ListSizes sizes;
    private volatile Snapshot snapshot = new Snapshot(SearchIndex.build(List.of()), MentionIndex.EMPTY, Map.of());

    public SearchService(ListSizes sizes) {
        this.sizes = sizes;
    }

    void rebuild(@Observes SeedsImported imported) {
        rebuild();
    }

    /**
     * A node's names changed: the indexes are built again, since a new spelling may be mentioned in any document. A
     * rebuild, not an increment: names change far more rarely than documents arrive (docs/benchmarks.md has its
     * time at N = 10,000: "Issue 23: writes", "A new name").
     */
    void renamed(@Observes(during = TransactionPhase.AFTER_SUCCESS) GraphChanged changed) {
        if (NodeKind.ofId(changed.nodeId()) != null) {
            rebuild();
        }
    }

    private void rebuild() {
        long started = System.nanoTime();
        List<IndexedName> names = new ArrayList<>();
        Map<String, String> documents = new HashMap<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (Label label : Label.<Label> listAll()) {
                NodeKind kind = NodeKind.ofId(label.nodeId);
                if (kind != null) {
                    names.add(new IndexedName(label.nodeId, kind, label.text, label.lang, label.alias));
                }
            }
            Document.<Document> listAll().forEach(d -> documents.put(d.slug, d.text));
        });
        MentionIndex mentions = MentionIndex.build(names, documents);
        snapshot = new Snapshot(SearchIndex.build(names), mentions, measureMentions(mentions));
        LOG.infof("Search index: %d names, %d documents, in %d ms", names.size(), documents.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * A document an analyst added: its mentions join the index, in a new snapshot swapped in whole. Writers commit
     * one at a time (org.majlis.change.ChangeLog), so two of these never race.
     */
    void addDocument(@Observes(during = TransactionPhase.AFTER_SUCCESS) GraphChanged changed) {
        if (changed.type().equals(Document.TYPE) && changed.kind().equals("CREATED")) {
            String text = QuarkusTransaction.requiringNew().call(() -> Document.<Document> findById(changed.slug()).text);
            Snapshot current = snapshot;
            MentionIndex.Added added = current.mentions().withDocument(changed.slug(), text);
            // The lists grow by the new document's mentions: counted from its own scan, not by measuring every list
            // again (which took 2 s a document at N = 10,000, docs/benchmarks.md).
            Map<String, long[]> lists = new HashMap<>();
            current.mentionLists().forEach((coordinate, totals) -> lists.put(coordinate, totals.clone()));
            added.mentionsByType().forEach((type, count) -> {
                long[] totals = lists.computeIfAbsent(type + ".mentions", k -> new long[2]);
                totals[0] += count;
            });
            lists.forEach((coordinate, totals) -> sizes.record(coordinate, totals[0], totals[1]));
            snapshot = new Snapshot(current.names(), added.index(), lists);
        }
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

    public List<Mention> mentions(String nodeId) {
        return snapshot.mentions().of(nodeId);
    }
}
