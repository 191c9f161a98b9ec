package org.majlis.graphql;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Weigher;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The caches bounded by weight (characters or bytes) that the GraphQL gate keeps. Caffeine picks the class of a
 * cache by name from the features it is built with, and Quarkus's Caffeine extension registers the usual ones for a
 * native image, not these two: SSMW (strong keys and values, maximum weight) and SSSMW (the same, with statistics).
 * Every such cache is built here so that the names registered are the names used; WeighedCachesTest fails when a
 * change to the builder picks another class.
 */
@RegisterForReflection(classNames = { WeighedCaches.WEIGHED, WeighedCaches.WEIGHED_WITH_STATISTICS })
public final class WeighedCaches {

    static final String WEIGHED = "com.github.benmanes.caffeine.cache.SSMW";
    static final String WEIGHED_WITH_STATISTICS = "com.github.benmanes.caffeine.cache.SSSMW";

    private WeighedCaches() {
    }

    /** A cache of at most {@code maximumWeight}, as {@code weigher} counts it. */
    public static <K, V> Cache<K, V> weighed(long maximumWeight, Weigher<K, V> weigher) {
        return Caffeine.newBuilder().maximumWeight(maximumWeight).weigher(weigher).build();
    }

    /** The same, recording hits and misses for its metrics. */
    public static <K, V> Cache<K, V> weighedWithStatistics(long maximumWeight, Weigher<K, V> weigher) {
        return Caffeine.newBuilder().maximumWeight(maximumWeight).weigher(weigher).recordStats().build();
    }
}
