package org.majlis.auth;

/**
 * Who makes a change: the subject of their token (stable, what the history keys on) and the name they go by
 * (preferred_username, what a person reads in the history); and the drafted suggestion they accept by it, if any.
 */
public record Writer(String subject, String name, String suggestion) {

    public Writer(String subject, String name) {
        this(subject, name, null);
    }

    /** The same writer, accepting a drafted suggestion: the changes it makes name it. */
    public Writer accepting(String suggestionId) {
        return new Writer(subject, name, suggestionId);
    }
}
