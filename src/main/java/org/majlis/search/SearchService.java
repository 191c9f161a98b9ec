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

    private record Snapshot(SearchIndex names, MentionIndex mentions) {
    }

    private final ListSizes sizes;
    private volatile Snapshot snapshot = new Snapshot(SearchIndex.build(List.of()), MentionIndex.EMPTY);

    public SearchService(ListSizes sizes) {
        this.sizes = sizes;
    }

    void rebuild(@Observes SeedsImported imported) {
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
        snapshot = new Snapshot(SearchIndex.build(names), MentionIndex.build(names, documents));
        measureMentions(snapshot.mentions());
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
            snapshot = new Snapshot(current.names(), current.mentions().withDocument(changed.slug(), text));
            measureMentions(snapshot.mentions());
        }
    }

    /** Actor.mentions, Organisation.mentions and Place.mentions, by the type of the node's id. */
    private void measureMentions(MentionIndex mentions) {
        Map<String, List<Integer>> lengths = new HashMap<>();
        for (String nodeId : mentions.nodes()) {
            lengths.computeIfAbsent(nodeId.substring(0, nodeId.indexOf(':')) + ".mentions", k -> new ArrayList<>())
                    .add(mentions.of(nodeId).size());
        }
        lengths.forEach(sizes::record);
    }

    public List<NameMatch> search(String text, Set<NodeKind> kinds, int limit) {
        return snapshot.names().search(text, kinds, limit);
    }

    public List<Mention> mentions(String nodeId) {
        return snapshot.mentions().of(nodeId);
    }
}
