package org.majlis.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.buffer.Buffer;

/** The GraphQL response for a refused request: one error, whose extensions are a code and a classification. */
public final class ErrorBody {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ErrorBody() {
    }

    public static Buffer of(Refusal refusal) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", refusal.getMessage());
        if (refusal.location != null) {
            error.put("locations", List.of(Map.of("line", refusal.location.getLine(), "column", refusal.location.getColumn())));
        }
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", refusal.code);
        extensions.put("classification", refusal.classification);
        error.put("extensions", extensions);
        try {
            return Buffer.buffer(JSON.writeValueAsBytes(Map.of("errors", List.of(error))));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings and numbers is always JSON", e);
        }
    }
}
