package org.majlis.store;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The database the service runs on, and whether what it holds outlasts the process. An H2 file and PostgreSQL do:
 * a restart finds the graph there and imports nothing when the seeds are the ones it holds. H2 in memory
 * ({@code jdbc:h2:mem:}) ends with the process: every start fills it from the seeds again, and nothing else written
 * to it would survive a stop, which is what a replica that keeps nothing of its own is for (the container images).
 */
@ApplicationScoped
public class Store {

    /** What kind of database, as the readiness check names it. */
    public enum Kind {
        H2_MEMORY, H2_FILE, H2_SERVER, POSTGRESQL
    }

    private final Kind kind;

    public Store(@ConfigProperty(name = "quarkus.datasource.db-kind") String databaseKind,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url) {
        this.kind = kindOf(databaseKind, url);
    }

    static Kind kindOf(String databaseKind, String url) {
        if (databaseKind.startsWith("postgres")) {
            return Kind.POSTGRESQL;
        }
        if (url.startsWith("jdbc:h2:mem:")) {
            return Kind.H2_MEMORY;
        }
        // jdbc:h2:tcp: and jdbc:h2:ssl: reach an H2 server; any other H2 URL (file:, a bare path, ~/) is a file.
        return url.startsWith("jdbc:h2:tcp:") || url.startsWith("jdbc:h2:ssl:") ? Kind.H2_SERVER : Kind.H2_FILE;
    }

    public Kind kind() {
        return kind;
    }

    /** True where other processes may write to the same database: PostgreSQL, an H2 server. */
    public boolean shared() {
        return kind == Kind.POSTGRESQL || kind == Kind.H2_SERVER;
    }

    /** False only in memory: what is written there ends with the process. */
    public boolean lasting() {
        return kind != Kind.H2_MEMORY;
    }
}
