package org.majlis.auth;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * How many changes each writer may still make now: a token bucket per writer (their token's subject) of
 * {@link AuthConfig#writesPerMinute()} changes, refilled evenly over a minute. One bucket per writer the identity
 * provider vouched for, kept for the life of the process: writers are an organisation's analysts, not the public.
 */
@ApplicationScoped
public class WriteRate {

    private final int perMinute;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    WriteRate(AuthConfig config) {
        this.perMinute = config.writesPerMinute();
    }

    /** @return 0 when the writer may change the graph now (and one change is taken), else the seconds to wait */
    long take(String subject) {
        return buckets.computeIfAbsent(subject, s -> new Bucket(perMinute, System.nanoTime())).take(perMinute, System.nanoTime());
    }

    private static final class Bucket {
        private double tokens;
        private long last;

        Bucket(int capacity, long now) {
            this.tokens = capacity;
            this.last = now;
        }

        synchronized long take(int perMinute, long now) {
            tokens = Math.min(perMinute, tokens + (now - last) * perMinute / 60e9);
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) * 60 / perMinute);
        }
    }
}
