package org.majlis.seed;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

/** Where the seed import stands, for the readiness check. */
@ApplicationScoped
public class SeedStatus {

    public enum State {
        PENDING, IMPORTING, IMPORTED, FAILED
    }

    private volatile State state = State.PENDING;
    private volatile String detail = "the seed import has not run";
    private volatile String notApplied;

    void importing() {
        state = State.IMPORTING;
        detail = "importing the seeds";
    }

    void imported(String fingerprint) {
        state = State.IMPORTED;
        detail = fingerprint;
        notApplied = null;
    }

    /** The database's own set stays, and the files' differing set is not applied, for the reason given. */
    void keptDespite(String fingerprint, String reason) {
        imported(fingerprint);
        notApplied = reason;
    }

    void failed(String reason) {
        state = State.FAILED;
        detail = reason;
    }

    public State state() {
        return state;
    }

    /** Why the seed files were not applied to the database, when they differ from its set and were not. */
    public Optional<String> notApplied() {
        return Optional.ofNullable(notApplied);
    }

    /** The fingerprint of the imported set, or why there is none. */
    public String detail() {
        return detail;
    }
}
