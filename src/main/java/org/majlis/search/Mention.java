package org.majlis.search;

/** A place in a document where a node is named: {@code text.substring(start, end)} is the quote. */
public record Mention(String documentSlug, int start, int end, String quote) {
}
