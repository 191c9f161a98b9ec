package org.majlis.events;

/**
 * Fired after every successful import (also when the database already held the set), so that what is derived
 * from the data, such as the search index and the list sizes of the cost estimate, is rebuilt from what is now
 * there. It sits below the features, which observe it, and the importer (org.majlis.seed), which fires it and
 * depends on them all.
 */
public record SeedsImported(String fingerprint, boolean written) {
}
