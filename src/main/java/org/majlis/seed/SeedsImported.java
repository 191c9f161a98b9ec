package org.majlis.seed;

/**
 * Fired after every successful import (also when the database already held the set), so that what is derived
 * from the data, such as the search index, is rebuilt from what is now there.
 */
public record SeedsImported(String fingerprint, boolean written) {
}
