package org.majlis.export;

import static io.restassured.RestAssured.given;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * What a TLS proxy in front of the service sends, and the settings an operator turns on to honour it
 * (deploy/README.md, "Behind a proxy"): the tests of the exports' absolute URLs with forwarding on and off.
 */
final class ForwardedHeaders {

    static final String SLUG = "000_de159ab6a08af78c";
    static final String PUBLIC = "https://majlis.example.org";

    private ForwardedHeaders() {
    }

    /** Forwarding on, for proxies on this host (the tests' client): what deploy/README.md tells operators to set. */
    public static class Trusted implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return forwardingFrom("127.0.0.0/8,::1/128");
        }
    }

    /** Forwarding on, but for a proxy elsewhere (TEST-NET-1, RFC 5737): the tests' client is not it. */
    public static class ProxyElsewhere implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return forwardingFrom("192.0.2.1");
        }
    }

    /** The proxy settings deploy/README.md tells operators to set, trusting the given proxies. */
    private static Map<String, String> forwardingFrom(String trustedProxies) {
        return Map.of("quarkus.http.proxy.proxy-address-forwarding", "true",
                "quarkus.http.proxy.allow-x-forwarded", "true",
                "quarkus.http.proxy.enable-forwarded-host", "true",
                "quarkus.http.proxy.allow-forwarded", "true",
                "quarkus.http.proxy.trusted-proxies", trustedProxies);
    }

    /** A request as the proxy forwards it: X-Forwarded-Proto and X-Forwarded-Host. */
    static RequestSpecification xForwarded() {
        return given().header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "majlis.example.org");
    }

    /** The same as RFC 7239's Forwarded. */
    static RequestSpecification forwarded() {
        return given().header("Forwarded", "for=192.0.2.60;proto=https;host=majlis.example.org");
    }

    /** The annotations' collection id, the first annotation's id and its source, as served to that request. */
    static JsonPath annotations(RequestSpecification request) {
        return request.get(ExportRoutes.annotationsPath(SLUG)).then().statusCode(200).extract().jsonPath();
    }
}
