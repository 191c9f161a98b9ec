package org.majlis.search;

/** The best-matching name of a node for a search text. */
public record NameMatch(IndexedName name, double score, MatchKind kind) {
}
