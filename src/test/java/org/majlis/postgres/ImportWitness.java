package org.majlis.postgres;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.majlis.events.SeedsImported;

/** Remembers what the import at startup did, for tests that look at a start after the fact. */
@ApplicationScoped
public class ImportWitness {

    private volatile SeedsImported first;

    void onImport(@Observes SeedsImported imported) {
        if (first == null) {
            first = imported;
        }
    }

    public SeedsImported atStartup() {
        return first;
    }
}
