package org.majlis.change;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import javax.sql.DataSource;

import org.jboss.logging.Logger;
import org.majlis.events.GraphChanged;
import org.majlis.events.SeedsImported;
import org.majlis.store.Store;

/**
 * Tells this replica of changes that other replicas of the shared database committed: every poll interval it reads
 * the last change number, and when it has moved on, fires {@link GraphChanged} for each change it has not seen, in
 * commit order, so that its answer cache, indexes and list sizes follow as they do after its own writes. Polling
 * rather than PostgreSQL's LISTEN/NOTIFY: the same on PostgreSQL and an H2 server, no connection held open, and a
 * replica that was away (a lost connection, a pause) catches up from the change log itself rather than from
 * notifications it missed. Only on a database other processes share; an H2 file or memory has one writer, this one.
 */
@ApplicationScoped
public class ChangeWatcher {

    private static final Logger LOG = Logger.getLogger(ChangeWatcher.class);

    private final DataSource dataSource;
    private final Store store;
    private final ChangeConfig config;
    private final Event<GraphChanged> changed;
    private volatile long seen = -1;
    private volatile ScheduledExecutorService poller;

    ChangeWatcher(DataSource dataSource, Store store, ChangeConfig config, Event<GraphChanged> changed) {
        this.dataSource = dataSource;
        this.store = store;
        this.config = config;
        this.changed = changed;
    }

    /** What was derived at the import is the database as it stood then: changes after that are news. */
    synchronized void start(@Observes SeedsImported imported) {
        if (!store.shared() || poller != null) {
            return;
        }
        try {
            seen = last();
        } catch (SQLException e) {
            LOG.warnf("Cannot read the change log yet (%s): reading it from the beginning", e.getMessage());
            seen = 0;
        }
        poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "majlis-change-watcher");
            thread.setDaemon(true);
            return thread;
        });
        long interval = config.pollInterval().toMillis();
        poller.scheduleWithFixedDelay(this::poll, interval, interval, TimeUnit.MILLISECONDS);
    }

    /** This replica's own changes are not news to it. */
    void ownChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) GraphChanged change) {
        synchronized (this) {
            seen = Math.max(seen, change.sequence());
        }
    }

    @PreDestroy
    void stop() {
        if (poller != null) {
            poller.shutdownNow();
        }
    }

    private void poll() {
        try {
            long from = seen;
            if (last() <= from) {
                return;
            }
            for (GraphChanged change : after(from)) {
                changed.fire(change); // outside a transaction: every observer hears it at once
                synchronized (this) {
                    seen = Math.max(seen, change.sequence());
                }
            }
        } catch (SQLException | RuntimeException e) {
            // The next poll tries again from the same place: nothing is skipped.
            LOG.warnf("Could not read other replicas' changes: %s", e.getMessage());
        }
    }

    private long last() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("select last from change_sequence where id = 1");
                ResultSet row = statement.executeQuery()) {
            return row.next() ? row.getLong(1) : 0;
        }
    }

    private List<GraphChanged> after(long from) throws SQLException {
        List<GraphChanged> changes = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select id, node_id, kind from graph_change where id > ? order by id")) {
            statement.setLong(1, from);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    changes.add(new GraphChanged(rows.getLong(1), rows.getString(2), rows.getString(3)));
                }
            }
        }
        return changes;
    }
}
