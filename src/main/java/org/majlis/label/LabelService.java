package org.majlis.label;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.majlis.events.GraphChanged;
import org.majlis.events.SeedsImported;
import org.majlis.graphql.ListSizes;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Names and aliases of every node, held in memory. They change when seeds are imported or an analyst renames a node, are read on
 * almost every request, and {@code name(lang:)} must answer per field (batched loaders would merge two aliases
 * of the field that ask for different languages), so a snapshot rebuilt after each import serves them
 * without a query.
 */
@ApplicationScoped
public class LabelService {

    private final ListSizes sizes;
    private volatile Map<String, List<Label>> byNode = Map.of();

    public LabelService(ListSizes sizes) {
        this.sizes = sizes;
    }

    /** A node's names changed: its labels are read again, into a new snapshot swapped in whole. */
    void reload(@Observes(during = TransactionPhase.AFTER_SUCCESS) GraphChanged changed) {
        List<Label> labels = QuarkusTransaction.requiringNew().call(
                () -> Label.ofNode(changed.nodeId()));
        if (labels.isEmpty() && !byNode.containsKey(changed.nodeId())) {
            return; // a node without names: a document, a claim
        }
        Map<String, List<Label>> next = new HashMap<>(byNode);
        next.put(changed.nodeId(), List.copyOf(labels));
        byNode = Map.copyOf(next);
        measureLists();
    }

    void reload(@Observes SeedsImported imported) {
        byNode = QuarkusTransaction.requiringNew().call(() -> Label.<Label> listAll()).stream()
                .sorted(Comparator.comparing((Label l) -> l.nodeId).thenComparingInt(l -> l.ordinal))
                .collect(Collectors.groupingBy(l -> l.nodeId, Collectors.toUnmodifiableList()));
        measureLists();
    }

    /** Actor.names, Actor.aliases and their kin, by the type of the node's id. */
    private void measureLists() {
        Map<String, List<Integer>> lengths = new HashMap<>();
        byNode.forEach((nodeId, labels) -> {
            String type = nodeId.substring(0, nodeId.indexOf(':'));
            for (boolean aliases : new boolean[] { false, true }) {
                lengths.computeIfAbsent(type + (aliases ? ".aliases" : ".names"), k -> new ArrayList<>())
                        .add((int) labels.stream().filter(l -> l.alias == aliases).count());
            }
        });
        lengths.forEach(sizes::record);
    }

    /** The node's name in {@code lang}, else its English name, else its first name. */
    public String name(String nodeId, String lang) {
        List<Label> names = labels(nodeId, false);
        String wanted = Texts.primary(lang == null ? "en" : lang);
        for (String tag : new String[] { wanted, "en" }) {
            for (Label name : names) {
                if (Texts.primary(name.lang).equals(tag)) {
                    return name.text;
                }
            }
        }
        return names.isEmpty() ? "" : names.get(0).text;
    }

    /** The node's names (aliases false) or its other spellings (aliases true), in seed order. */
    public List<Label> labels(String nodeId, boolean aliases) {
        return byNode.getOrDefault(nodeId, List.of()).stream().filter(l -> l.alias == aliases).toList();
    }
}
