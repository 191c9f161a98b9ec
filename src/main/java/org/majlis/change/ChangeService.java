package org.majlis.change;

import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.majlis.events.GraphChanged;
import org.majlis.events.SeedsImported;
import org.majlis.graphql.Batch;
import org.majlis.graphql.InvalidArgumentException;
import org.majlis.graphql.ListSizes;
import org.majlis.graphql.PageRequest;

/** Reads the change log: the feed of every change, and each node's history. */
@ApplicationScoped
public class ChangeService {

    private final ListSizes sizes;

    public ChangeService(ListSizes sizes) {
        this.sizes = sizes;
    }

    void measureLists(@Observes SeedsImported imported) {
        measure();
    }

    void measureLists(@Observes(during = TransactionPhase.AFTER_SUCCESS) GraphChanged changed) {
        sizes.soon(ChangeService.class.getName(), this::measure);
    }

    private void measure() {
        sizes.measureRows("Query.changes", "graph_change");
        sizes.measure("Query.history", "select count(*) from graph_change group by node_id");
    }

    public ChangeConnection page(PageRequest page) throws InvalidArgumentException {
        return new ChangeConnection(Change.after(after(page), page.first() + 1), page, () -> Change.count());
    }

    public ChangeConnection history(String nodeId, PageRequest page) throws InvalidArgumentException {
        return new ChangeConnection(Change.ofNode(nodeId, after(page), page.first() + 1), page,
                () -> Change.count("nodeId", nodeId));
    }

    private static long after(PageRequest page) throws InvalidArgumentException {
        if (page.afterKey() == null) {
            return 0;
        }
        try {
            return Long.parseLong(page.afterKey());
        } catch (NumberFormatException e) {
            throw new InvalidArgumentException("after is not a cursor of changes: pass an endCursor as given");
        }
    }

    /** The history of each node, oldest change first, in one statement for the batch. */
    public <N> List<ChangeConnection> histories(List<N> nodes, Function<N, String> nodeId) {
        return ChangeConnection.nested(Batch.many(nodes, nodeId, Change::ofNodes, c -> c.nodeId));
    }
}
