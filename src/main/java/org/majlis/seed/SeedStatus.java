package org.majlis.seed;

import jakarta.enterprise.context.ApplicationScoped;

/** Where the seed import stands, for the readiness check. */
@ApplicationScoped
public class SeedStatus {

    public enum State {
        PENDING, IMPORTING, IMPORTED, FAILED
    }

    private volatile State state = State.PENDING;
    private volatile String detail = "the seed import has not run";

    void importing() {
        state = State.IMPORTING;
        detail = "importing the seeds";
    }

    void imported(String fingerprint) {
        state = State.IMPORTED;
        detail = fingerprint;
    }

    void failed(String reason) {
        state = State.FAILED;
        detail = reason;
    }

    public State state() {
        return state;
    }

    /** The fingerprint of the imported set, or why there is none. */
    public String detail() {
        return detail;
    }
}
