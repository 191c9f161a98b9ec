package org.majlis.seed;

import java.nio.file.Path;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the seeds come from and how much the importer accepts. */
@ConfigMapping(prefix = "majlis.seeds")
public interface SeedConfig {

    /** 5 MiB: a long article is 50 KiB; the seed check command applies the same default. */
    String DEFAULT_MAX_FILE_BYTES = "5242880";

    /** Import the seeds bundled in the application. */
    @WithDefault("true")
    boolean bundled();

    /** A folder of more seeds, in the same layout as the bundled ones, imported with them. */
    Optional<Path> external();

    /** Import at startup; off only for tests that drive the importer themselves. */
    @WithDefault("true")
    boolean importOnStart();

    /** The largest seed file accepted, in bytes; a larger one is an error, not read. */
    @WithDefault(DEFAULT_MAX_FILE_BYTES)
    long maxFileBytes();
}
