package org.majlis.change;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.majlis.graphql.GlobalId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One change to the graph, as recorded in the transaction that made it; never updated or deleted. */
@Entity
@Table(name = "graph_change")
@Description("One change to the graph: which node, what happened to it, who did it and when, and its fields before "
        + "and after. Changes are numbered in the order they committed.")
public class Change extends PanacheEntityBase {

    public static final String TYPE = "Change";

    /** The change's place in commit order (the column id; not named so here, where getId() is the global id). */
    @Id
    @Column(name = "id")
    @Ignore
    public Long sequence;

    @NonNull
    @org.eclipse.microprofile.graphql.Id
    @Description("The global id of the node that changed, e.g. Document:slug.")
    public String nodeId;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("What happened to the node.")
    public ChangeKind kind;

    @NonNull
    @Description("The node's version after the change: the version a mutation of it names next.")
    public int version;

    @NonNull
    @Column(name = "author")
    @Description("The stable id of who made the change: the subject of their token.")
    public String authorSubject;

    @NonNull
    @Column(name = "author_name")
    @Description("The name of who made the change, as their token gives it (preferred_username).")
    public String author;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("Where the change came from.")
    public ChangeOrigin origin;

    @NonNull
    @Description("When the change was made, in the transaction that committed it.")
    public Instant madeAt;

    @Column(name = "before_state")
    @Description("The node's fields before the change, as a JSON object; null when the change created it.")
    public String before;

    @Column(name = "after_state")
    @Description("The node's fields after the change, as a JSON object; null when the change retracted it.")
    public String after;

    @Description("Why the change was made, in its author's words: given for a retraction.")
    public String reason;

    @org.eclipse.microprofile.graphql.Id
    @Description("The drafted suggestion whose acceptance made the change (origin SUGGESTION), e.g. "
            + "Suggestion:<document>.<fingerprint>; null otherwise.")
    public String suggestion;

    @NonNull
    @org.eclipse.microprofile.graphql.Id
    @Description("The change's global id, Change:<number>; the numbers follow the order in which changes committed.")
    public String getId() {
        return GlobalId.of(TYPE, Long.toString(sequence));
    }

    /** The changes of these nodes, oldest first within each. */
    public static List<Change> ofNodes(Collection<String> nodeIds) {
        return list("nodeId in ?1 order by sequence", nodeIds);
    }

    /** Up to limit changes of one node after the one numbered after, oldest first. */
    public static List<Change> ofNode(String nodeId, long after, int limit) {
        return find("nodeId = ?1 and sequence > ?2 order by sequence", nodeId, after).page(0, limit).list();
    }

    /** Up to limit changes after the one numbered after, in commit order. */
    public static List<Change> after(long after, int limit) {
        return find("sequence > ?1 order by sequence", after).page(0, limit).list();
    }
}
