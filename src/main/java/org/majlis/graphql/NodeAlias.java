package org.majlis.graphql;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An id that answers as another: a merged node's, or a claim's that was named after it. {@code node(id:)} and
 * {@code nodes(ids:)} follow it, so that a link or a copy made before the merge still finds what it named.
 */
@Entity
@Table(name = "node_alias")
public class NodeAlias extends PanacheEntityBase {

    @Id
    @Column(name = "old_id")
    public String oldId;

    @Column(name = "new_id")
    public String newId;

    /** The ids that answer for these, where they have one. */
    public static Map<String, String> targets(Collection<String> oldIds) {
        List<NodeAlias> aliases = list("oldId in ?1", oldIds);
        return aliases.stream().collect(Collectors.toMap(a -> a.oldId, a -> a.newId));
    }

    /** Makes oldId answer as newId, and every id that answered as oldId too. Call inside the merge's transaction. */
    public static void record(String oldId, String newId) {
        update("newId = ?1 where newId = ?2", newId, oldId);
        NodeAlias alias = new NodeAlias();
        alias.oldId = oldId;
        alias.newId = newId;
        alias.persist();
    }
}
