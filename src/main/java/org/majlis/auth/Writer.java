package org.majlis.auth;

/**
 * Who makes a change: the subject of their token (stable, what the history keys on) and the name they go by
 * (preferred_username, what a person reads in the history).
 */
public record Writer(String subject, String name) {
}
