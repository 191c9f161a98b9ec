package org.majlis.graphql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.inject.Instance;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.GraphQLException;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** Fetches any node by its global id (Relay's node interface), through the finder each feature contributes. */
@GraphQLApi
public class NodeGraphQLApi {

    /** The finder of each node type: one query per type, whatever the number of ids. */
    private final Map<String, NodeFinder> finders = new TreeMap<>();

    public NodeGraphQLApi(Instance<NodeFinder> finders) {
        finders.forEach(f -> this.finders.put(f.type(), f));
    }

    @Query
    @Description("The node with this id (an id a merge retired answers with the node that took it in); an error with "
            + "code NOT_FOUND when there is none.")
    public Node node(@NonNull @Id @Description("A global id, e.g. Actor:sergei-lavrov.") String id) throws GraphQLException {
        Node node = find(List.of(GlobalId.parse(id))).get(0);
        if (node == null) {
            throw new NotFoundException("no node has the id '" + id + "'");
        }
        return node;
    }

    @Query
    @NonNull
    @Description("The nodes with these ids, in the same order; null where an id names nothing. At most 100 ids.")
    // [String!]! rather than [ID!]!: SmallRye GraphQL cannot yet bind a list of IDs (MicroProfile GraphQL issue 341,
    // docs/api.md). A client sees only the type, so the schema's description does not explain it.
    public List<Node> nodes(@NonNull @Description("Global ids, e.g. [\"Actor:sergei-lavrov\", \"Place:moscow\"].")
            List<@NonNull String> ids) throws GraphQLException {
        if (ids.size() > PageRequest.MAX_SIZE) {
            throw new LimitExceededException("nodes takes at most " + PageRequest.MAX_SIZE + " ids, not " + ids.size());
        }
        List<GlobalId> parsed = new ArrayList<>(ids.size());
        for (String id : ids) {
            parsed.add(GlobalId.parse(id));
        }
        return find(parsed);
    }

    private List<Node> find(List<GlobalId> ids) throws InvalidArgumentException {
        Map<String, List<String>> slugsByType = new LinkedHashMap<>();
        for (GlobalId id : ids) {
            if (!finders.containsKey(id.type())) {
                throw new InvalidArgumentException("'" + id + "' names no type of node: the types are "
                        + String.join(", ", finders.keySet()));
            }
            slugsByType.computeIfAbsent(id.type(), t -> new ArrayList<>()).add(id.slug());
        }
        Map<String, Node> found = new HashMap<>();
        slugsByType.forEach((type, slugs) -> finders.get(type).findBySlugs(slugs).forEach(n -> found.put(n.getId(), n)));
        List<String> missing = ids.stream().map(GlobalId::toString).filter(id -> !found.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            followAliases(missing, found);
        }
        return ids.stream().map(id -> found.get(id.toString())).toList();
    }

    /** An id a merge retired answers as the node that took it in (NodeAlias): one more query, only for misses. */
    private void followAliases(List<String> missing, Map<String, Node> found) throws InvalidArgumentException {
        Map<String, String> targets = NodeAlias.targets(missing);
        if (targets.isEmpty()) {
            return;
        }
        Map<String, List<String>> slugsByType = new LinkedHashMap<>();
        for (String target : targets.values()) {
            GlobalId id = GlobalId.parse(target);
            slugsByType.computeIfAbsent(id.type(), t -> new ArrayList<>()).add(id.slug());
        }
        Map<String, Node> survivors = new HashMap<>();
        slugsByType.forEach((type, slugs) -> finders.get(type).findBySlugs(slugs).forEach(n -> survivors.put(n.getId(), n)));
        targets.forEach((old, target) -> {
            if (survivors.containsKey(target)) {
                found.put(old, survivors.get(target));
            }
        });
    }
}
