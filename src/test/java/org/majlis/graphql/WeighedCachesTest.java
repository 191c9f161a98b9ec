package org.majlis.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.github.benmanes.caffeine.cache.Cache;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The cache classes registered for the native image are the ones Caffeine picks for the caches built. */
class WeighedCachesTest {

    private static final List<String> REGISTERED = List.of(WeighedCaches.class.getAnnotation(RegisterForReflection.class).classNames());

    @Test
    void aWeighedCacheIsOfARegisteredClass() {
        assertRegistered(WeighedCaches.weighed(100, (String key, String value) -> value.length()), WeighedCaches.WEIGHED);
    }

    @Test
    void aWeighedCacheWithStatisticsIsOfARegisteredClass() {
        assertRegistered(WeighedCaches.weighedWithStatistics(100, (String key, String value) -> value.length()),
                WeighedCaches.WEIGHED_WITH_STATISTICS);
    }

    private static void assertRegistered(Cache<String, String> cache, String expected) {
        // A bounded cache's map view is the cache itself, of the class Caffeine chose by name.
        String chosen = cache.asMap().getClass().getName();
        assertEquals(expected, chosen);
        assertEquals(true, REGISTERED.contains(chosen), chosen + " is not registered for reflection");
    }
}
