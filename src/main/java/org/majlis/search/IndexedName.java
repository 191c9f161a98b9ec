package org.majlis.search;

/** A name or alias of a node, as the search index takes it. */
public record IndexedName(String nodeId, NodeKind kind, String text, String lang, boolean alias) {
}
