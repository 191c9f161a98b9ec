package org.majlis.change;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.majlis.events.GraphChanged;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

/**
 * Pushes each committed change to the subscribers of {@code changed}: this replica's own, once their transaction
 * has committed, and other replicas', once {@link ChangeWatcher} has read them. A change is sent once, however many
 * times this replica hears of it (its own come back through the watcher too).
 */
@ApplicationScoped
public class ChangeStream {

    /** Changes sent lately, by number: far more than can arrive between the two ways a replica hears of one. */
    private static final int REMEMBERED = 10_000;

    private final BroadcastProcessor<Change> changes = BroadcastProcessor.create();
    private final Set<Long> sent = Collections.newSetFromMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    });

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) GraphChanged changed) {
        synchronized (sent) {
            if (!sent.add(changed.sequence())) {
                return;
            }
        }
        Change change = QuarkusTransaction.requiringNew().call(() -> Change.<Change> findById(changed.sequence()));
        if (change != null) {
            changes.onNext(change);
        }
    }

    /** Every change committed from now on, as long as the subscriber listens. */
    public Multi<Change> subscribe() {
        return changes;
    }
}
