package org.majlis.graphql;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The answer cache ({@link AnswerCache}), the store of automatic persisted queries (org.majlis.http) and the HTTP
 * caching of GET answers. The data only changes when seeds are imported, so an answer can be reused exactly until
 * then; docs/api.md and docs/security.md explain each value.
 */
@ConfigMapping(prefix = "majlis.cache")
public interface CacheConfig {

    /** Off: every request is executed, and GET answers carry no ETag or Cache-Control. */
    @WithDefault("true")
    boolean answers();

    /**
     * Bytes of serialised answers kept, least recently used forgotten first. The costliest realistic answer (a
     * meetings feed of 100 cards) is 345 KB and the cost limit bounds one near 1.4 MB: 32 MiB holds about a
     * hundred of the largest and thousands of ordinary ones, a small share of the heap the import needs anyway.
     */
    @WithDefault("33554432")
    long answerBytes();

    /**
     * How long a browser or a CDN may reuse a GET answer without asking again (Cache-Control max-age). The data only
     * changes when a replica starts on new seeds, so a minute of staleness after a deployment is the whole cost, and
     * it spares the replicas every repeat of a popular query within that minute; after it, a revalidation with the
     * ETag is answered 304 without a body.
     */
    @WithDefault("60s")
    Duration maxAge();

    /** Automatic persisted queries (extensions.persistedQuery); off, they are answered PERSISTED_QUERY_NOT_SUPPORTED. */
    @WithDefault("true")
    boolean persistedQueries();

    /** Characters of persisted query texts kept, as the gate bounds its parsed queries: a frontend's are 200 to 2,000. */
    @WithDefault("1000000")
    int persistedQueryCharacters();
}
