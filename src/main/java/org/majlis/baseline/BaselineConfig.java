package org.majlis.baseline;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The benchmark's REST baseline; off unless a benchmark turns it on. */
@ConfigMapping(prefix = "majlis.baseline")
public interface BaselineConfig {

    /** Serve GET/PUT /baseline/meetings. */
    @WithDefault("false")
    boolean enabled();
}
