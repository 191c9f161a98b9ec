package org.majlis.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.majlis.events.SeedsImported;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigurationException;

/**
 * Imports the seeds at startup, before the service reports ready: reads every file, checks the set as a whole,
 * and writes it only when nothing is wrong. Any error stops the start with the full list.
 */
@ApplicationScoped
public class SeedImporter {

    private static final Logger LOG = Logger.getLogger(SeedImporter.class);

    private final SeedReader reader;
    private final SeedWriter writer;
    private final SeedConfig config;
    private final SeedStatus status;
    private final Event<SeedsImported> imported;

    public SeedImporter(SeedReader reader, SeedWriter writer, SeedConfig config, SeedStatus status,
            Event<SeedsImported> imported) {
        this.reader = reader;
        this.writer = writer;
        this.config = config;
        this.status = status;
        this.imported = imported;
    }

    /**
     * A seed error stops the start. The errors are already in the log, one line each; Quarkus would log them a
     * second time inside a stack trace that tells an analyst nothing. The seeds are what the service is configured
     * to serve (the bundled set and MAJLIS_SEEDS_EXTERNAL), and a ConfigurationException is what Quarkus ends a
     * start on with its message alone and exit code 1. (Its PreventFurtherStepsException, thrown from an observer,
     * leaves the process running without a server.)
     */
    void onStart(@Observes StartupEvent event) {
        if (config.importOnStart()) {
            try {
                importConfigured();
            } catch (SeedException e) {
                throw new ConfigurationException("Majlis did not start: " + count(e) + " in the seeds, listed above");
            }
        }
    }

    /** Imports the configured seeds: the bundled ones and, when set, the external folder. */
    public boolean importConfigured() {
        List<SeedSource> sources = new ArrayList<>();
        if (config.bundled()) {
            sources.add(SeedSource.bundled());
        }
        config.external().ifPresent(folder -> sources.add(SeedSource.folder(folder)));
        return importFrom(sources);
    }

    /**
     * @return true when the seeds were written, false when the database already held this exact set
     * @throws SeedException listing every error, when there is any; nothing is written then
     */
    public boolean importFrom(List<SeedSource> sources) {
        long started = System.nanoTime();
        LOG.infof("Reading seeds from %s", SeedReader.describe(sources));
        status.importing();
        try {
            // The same bytes as the set imported whole (and checked then): a restart spends nothing on parsing or
            // checking them again (docs/benchmarks.md, "Issue 23"). An empty database is not asked, so a first start
            // reads the files once.
            Optional<String> last = writer.lastFingerprint();
            Optional<String> held = last.isEmpty() ? Optional.empty() : reader.fingerprint(sources).filter(last.get()::equals);
            if (held.isPresent()) {
                LOG.infof("Seeds already imported: fingerprint %s, the set the database holds, recognised from the "
                        + "files' bytes in %d ms without parsing or checking them again", held.get().substring(0, 12),
                        (System.nanoTime() - started) / 1_000_000);
                imported.fire(new SeedsImported(held.get(), false));
                status.imported(held.get());
                return false;
            }
            long changes = last.isEmpty() ? 0 : writer.analystChanges();
            if (changes > 0) {
                // The import writes a whole set in place of the last: it would take the analysts' work with it.
                String reason = "the seed files differ from the set the database holds (" + last.get().substring(0, 12)
                        + "), but analysts have changed the graph since (" + changes + " changes), and applying the "
                        + "files would overwrite their work; the database is served as it is (seeds/README.md, "
                        + "\"Seeds and curated data\")";
                LOG.warnf("Seeds not applied: %s", reason);
                imported.fire(new SeedsImported(last.get(), false));
                status.keptDespite(last.get(), reason);
                return false;
            }
            SeedSet seeds = check(sources);
            LOG.infof("Seeds checked: %d documents; writing them unless the database already holds this set",
                    seeds.documents().size());
            long checked = System.nanoTime();
            boolean written = writer.write(seeds);
            long done = System.nanoTime();
            LOG.infof("Seeds %s: %d documents, %d claims, fingerprint %s; read and checked in %d ms, written in %d ms",
                    written ? "imported" : "already imported", seeds.documents().size(), seeds.claims(),
                    seeds.fingerprint().substring(0, 12), (checked - started) / 1_000_000, (done - checked) / 1_000_000);
            imported.fire(new SeedsImported(seeds.fingerprint(), written));
            status.imported(seeds.fingerprint());
            return written;
        } catch (SeedException e) {
            // One log record per error, so that each is one `file:line:column: message` line in a plain log (as
            // seeds/README.md shows them) and one JSON object in a JSON log.
            LOG.errorf("%s in the seeds, nothing imported:", count(e));
            e.errors().forEach(error -> LOG.error(error.toString()));
            status.failed(e.errors().size() + " errors in the seeds; the first: " + e.errors().get(0));
            throw e;
        } catch (RuntimeException e) {
            status.failed("the import failed: " + e.getMessage());
            throw e;
        }
    }

    private static String count(SeedException e) {
        return e.errors().size() + (e.errors().size() == 1 ? " error" : " errors");
    }

    /** Reads and validates without writing; throws when anything is wrong. */
    public SeedSet check(List<SeedSource> sources) {
        return reader.check(sources);
    }
}
