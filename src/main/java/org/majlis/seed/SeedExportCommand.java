package org.majlis.seed;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.QuarkusApplication;

/**
 * {@code export FOLDER}: writes what the database holds as a seed folder ({@link SeedExport}), then exits. It starts
 * Quarkus for the service's own database settings and entities, without a port or an import (see
 * {@code org.majlis.main.Main}), so it runs beside a service on PostgreSQL; an H2 file is open to one process at a
 * time, so the service on it is stopped first.
 */
public class SeedExportCommand implements QuarkusApplication {

    /** Exit codes: exported, the export failed, the command was used wrongly or refused what it was given. */
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    static final String USAGE_TEXT = """
            usage: export FOLDER
              Writes what the database holds (QUARKUS_DATASOURCE_JDBC_URL) as a seed folder, new or empty: entities/,
              documents/<slug>.yaml beside <slug>.txt, and the JSON Schemas. check passes it, and a start with
              MAJLIS_SEEDS_BUNDLED=false MAJLIS_SEEDS_EXTERNAL=FOLDER imports it to the same graph.
            exit status: 0 exported, 1 the export failed, 2 wrong usage""";

    @Inject
    SeedExport export;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String database;

    /**
     * Ends the process with the command's status, or with why the start failed: the database driver's own words
     * when it refused (H2's "Database may be already in use", PostgreSQL's "Connection refused"), else the root cause.
     */
    public static void exit(int status, Throwable failure) {
        if (failure != null) {
            Throwable cause = failure;
            while (cause.getCause() != null && !(cause instanceof SQLException)) {
                cause = cause.getCause();
            }
            System.err.println("export: could not start on the database: " + cause.getMessage());
        }
        System.exit(failure == null ? status : FAILED);
    }

    @Override
    public int run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            out.println(USAGE_TEXT);
            return OK;
        }
        if (args.length != 1 || args[0].startsWith("-")) {
            err.println("export: give one folder\n" + USAGE_TEXT);
            return USAGE;
        }
        if (database.startsWith("jdbc:h2:mem:")) {
            err.println("export: the database is in memory (" + database + "): it lived and ended with a service's "
                    + "process and holds nothing now. Set QUARKUS_DATASOURCE_JDBC_URL to the database the service "
                    + "writes (jdbc:h2:file:PATH, or PostgreSQL's URL with its user and password).");
            return USAGE;
        }
        try {
            SeedExport.Summary wrote = export.exportTo(Path.of(args[0]));
            out.printf(Locale.ROOT, "exported %s, %s, %s and %s to %s%n", SeedCheck.count(wrote.documents(), "document"),
                    SeedCheck.count(wrote.actors(), "actor"), SeedCheck.count(wrote.organisations(), "organisation"),
                    SeedCheck.count(wrote.places(), "place"), Path.of(args[0]).toAbsolutePath());
            return OK;
        } catch (SeedExport.ExportRefused e) {
            err.println("export: " + e.getMessage());
            return USAGE;
        } catch (RuntimeException e) {
            err.println("export: failed, the folder may hold part of the export: " + e);
            return FAILED;
        }
    }
}
