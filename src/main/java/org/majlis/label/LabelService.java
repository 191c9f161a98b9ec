package org.majlis.label;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

/** Names and aliases of a batch of nodes, loaded in one query. */
@ApplicationScoped
public class LabelService {

    /** For each node id, its name in {@code lang}, else its English name, else its first name. */
    public List<String> names(List<String> nodeIds, String lang) {
        Map<String, List<Label>> labels = load(nodeIds);
        List<String> result = new ArrayList<>(nodeIds.size());
        for (String id : nodeIds) {
            List<Label> names = labels.getOrDefault(id, List.of()).stream().filter(l -> !l.alias).toList();
            result.add(pick(names, lang == null ? "en" : lang));
        }
        return result;
    }

    /** For each node id, its names (aliases false) or its other spellings (aliases true), in seed order. */
    public List<List<Label>> labels(List<String> nodeIds, boolean aliases) {
        Map<String, List<Label>> labels = load(nodeIds);
        List<List<Label>> result = new ArrayList<>(nodeIds.size());
        for (String id : nodeIds) {
            result.add(labels.getOrDefault(id, List.of()).stream().filter(l -> l.alias == aliases).toList());
        }
        return result;
    }

    private static Map<String, List<Label>> load(List<String> nodeIds) {
        return nodeIds.isEmpty() ? Map.of()
                : Label.forNodes(nodeIds).stream().collect(Collectors.groupingBy(l -> l.nodeId));
    }

    private static String pick(List<Label> names, String lang) {
        String wanted = Texts.primary(lang);
        for (String tag : new String[] { wanted, "en" }) {
            for (Label name : names) {
                if (Texts.primary(name.lang).equals(tag)) {
                    return name.text;
                }
            }
        }
        return names.isEmpty() ? "" : names.get(0).text;
    }
}
