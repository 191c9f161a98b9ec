package org.majlis.change;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How replicas of a shared database learn of each other's changes (ChangeWatcher). */
@ConfigMapping(prefix = "majlis.changes")
public interface ChangeConfig {

    /**
     * How often a replica of a shared database asks it for changes other replicas committed. Half a second keeps a
     * change visible everywhere within a second (the bound: the ask, then the refresh, which takes
     * milliseconds), for one indexed single-row read per replica per interval.
     */
    @WithDefault("500ms")
    Duration pollInterval();
}
