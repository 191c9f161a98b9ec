package org.majlis.graphql;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.majlis.events.GraphChanged;
import org.majlis.events.SeedsImported;
import org.majlis.graphql.WeighedCaches;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.github.benmanes.caffeine.cache.Cache;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

/**
 * The serialised answers of operations that ran without an error, by their document, operation name and variables.
 * The data only changes when seeds are imported, so such an answer is exact until the next import, which empties the
 * cache. The HTTP gate (org.majlis.http) looks an answer up before SmallRye parses anything and, on a miss, names the
 * key for {@link AnswerCapture}, which stores the answer once the operation has passed every limit and run: a cached
 * answer is only ever served for a document and variables that were admitted once. Answers depend on nothing else of
 * the request (no field reads a header, the locale SmallRye passes is the server's), and the media type the client
 * accepts changes only the Content-Type, which the gate sets on each answer.
 * <p>
 * Bounded by the bytes of the answers ({@link CacheConfig#answerBytes()}), least recently used forgotten first;
 * hits and misses are counted in /q/metrics ({@code cache_gets_total{cache="graphql-answers"}}).
 */
@ApplicationScoped
public class AnswerCache {

    /** A cached answer: its JSON bytes and a strong validator computed from them. */
    public record Answer(byte[] body, String hash) {
    }

    /**
     * Variables are compared as JSON values: properties in any order, strings as decoded, numbers as the exact
     * decimals that org.majlis.http.RequestParameters reads (1.0 is not 1, which an Int argument treats differently).
     * RequestParameters refuses duplicate properties, so that the key and SmallRye read the same values.
     */
    private static final ObjectMapper CANONICAL = JsonMapper.builder().enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED).build();

    private final boolean enabled;
    private final Cache<String, Answer> answers;
    /** Counts imports: a key names the one it was made under, so that an answer computed before an import is dropped. */
    private final AtomicLong generation = new AtomicLong();

    AnswerCache(CacheConfig config, MeterRegistry registry) {
        this.enabled = config.answers();
        this.answers = WeighedCaches.weighedWithStatistics(config.answerBytes(),
                (String key, Answer answer) -> answer.body().length + key.length());
        CaffeineCacheMetrics.monitor(registry, answers, "graphql-answers");
    }

    /** The key of an operation, or null when the cache is off. */
    public String key(String query, String operationName, JsonNode variables) {
        if (!enabled) {
            return null;
        }
        MessageDigest digest = sha256();
        for (String part : new String[] { query, operationName == null ? "" : operationName, canonical(variables) }) {
            byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
            digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
            digest.update((byte) ':');
            digest.update(bytes);
        }
        return generation.get() + ":" + HexFormat.of().formatHex(digest.digest());
    }

    /** A lookup to serve an answer: counted in the metrics as a hit or a miss. */
    public Answer get(String key) {
        return key == null ? null : answers.getIfPresent(key);
    }

    /** What a key holds now, without counting a lookup: for the headers of an answer that was just executed. */
    public Answer stored(String key) {
        return answers.policy().getIfPresentQuietly(key);
    }

    /** Keeps an answer, unless seeds were imported since its key was made. */
    void put(String key, String json) {
        if (!key.startsWith(generation.get() + ":")) {
            return;
        }
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        answers.put(key, new Answer(body, Base64.getUrlEncoder().withoutPadding().encodeToString(sha256().digest(body))));
    }

    void clear(@Observes SeedsImported imported) {
        clear();
    }

    /** A committed change makes every answer possibly stale, and every ETag with it. */
    void clear(@Observes(during = TransactionPhase.AFTER_SUCCESS) GraphChanged changed) {
        clear();
    }

    private void clear() {
        generation.incrementAndGet();
        answers.invalidateAll();
    }

    private static String canonical(JsonNode variables) {
        if (variables == null || variables.isNull() || variables.isEmpty()) {
            return "{}";
        }
        try {
            return CANONICAL.writeValueAsString(variables);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree read from JSON is always JSON", e);
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
