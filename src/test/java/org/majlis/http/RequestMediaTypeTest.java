package org.majlis.http;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The gate's reading of Content-Type: every way a client names JSON passes, anything else is a coded 415 that
 * says what to send. HostileRequestsTest sends some of these over HTTP; here each form is checked on its own.
 */
class RequestMediaTypeTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "application/json",
            "application/json; charset=utf-8",
            "Application/JSON;CHARSET=\"UTF-8\"",
            "application/json; profile=\"a, b; c\"",
            "application/json, application/json",
            "application/json; charset=utf-8, application/json",
            "application/json, ",
    })
    void jsonIsAcceptedOnceOrRepeatedWithParameters(String contentType) {
        assertDoesNotThrow(() -> RequestMediaType.requireJson(List.of(contentType)));
    }

    @Test
    void jsonInTwoFieldLinesIsAccepted() {
        assertDoesNotThrow(() -> RequestMediaType.requireJson(List.of("application/json", "application/json; charset=UTF-8")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "text/plain",
            "application/graphql",
            "multipart/form-data; boundary=\"a,application/json\"",
            "application/x-www-form-urlencoded",
            "application/json, text/plain",
            "text/plain, application/json",
            "application/jsonp",
            "; charset=utf-8",
    })
    void anyOtherTypeIsRefused(String contentType) {
        refused(List.of(contentType), "only application/json request bodies are accepted");
    }

    @Test
    void jsonMixedWithAnotherTypeInASecondFieldLineIsRefused() {
        refused(List.of("application/json", "text/html"), "only application/json request bodies are accepted");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "application/json; charset=iso-8859-1",
            "application/json; charset=\"UTF-16\"",
            "application/json, application/json; charset=windows-1256",
    })
    void aCharsetOtherThanUtf8IsRefused(String contentType) {
        refused(List.of(contentType), "only UTF-8 request bodies are accepted");
    }

    @Test
    void noContentTypeIsRefused() {
        refused(List.of(), "the request has no Content-Type: send application/json");
    }

    @Test
    void anEmptyContentTypeIsRefused() {
        refused(List.of(" , "), "the request has no Content-Type: send application/json");
    }

    private static void refused(List<String> fieldLines, String message) {
        Refusal refusal = assertThrows(Refusal.class, () -> RequestMediaType.requireJson(fieldLines));
        assertEquals(415, refusal.status);
        assertEquals("UNSUPPORTED_MEDIA_TYPE", refusal.code);
        assertEquals(message, refusal.getMessage());
    }
}
