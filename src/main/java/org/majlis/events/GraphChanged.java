package org.majlis.events;

/**
 * Fired when a change to the graph has committed (an analyst's mutation), for what is derived from the data to take
 * it in, as after an import ({@link SeedsImported}): the answer cache forgets its answers, the list sizes and the
 * indexes follow the node. Observed after the transaction succeeds, never for one that rolled back; fired again, on
 * every replica of a shared database, when it learns of the change (org.majlis.change.ChangeWatcher), so an
 * observer takes the same change in twice without harm.
 *
 * @param sequence the change's number in commit order
 * @param nodeId   the global id of the node that changed, e.g. Document:slug
 * @param kind   what happened to it, as the change log names it (CREATED, EDITED)
 */
public record GraphChanged(long sequence, String nodeId, String kind) {

    /** The type part of the node's id: Document for Document:slug. */
    public String type() {
        return nodeId.substring(0, nodeId.indexOf(':'));
    }

    /** The slug part of the node's id. */
    public String slug() {
        return nodeId.substring(nodeId.indexOf(':') + 1);
    }
}
