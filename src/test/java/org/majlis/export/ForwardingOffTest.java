package org.majlis.export;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * With Quarkus's proxy address forwarding off (the default), forwarding headers are a client's word and ignored: a
 * client cannot make the service publish annotations under another host's ids.
 */
@QuarkusTest
class ForwardingOffTest {

    @Test
    void forwardingHeadersDoNotChangeTheAnnotationsIds() {
        for (RequestSpecification request : new RequestSpecification[] { ForwardedHeaders.xForwarded(),
                ForwardedHeaders.forwarded() }) {
            JsonPath served = ForwardedHeaders.annotations(request);
            String collection = served.getString("id");
            assertEquals("http://localhost:" + RestAssured.port
                    + ExportRoutes.annotationsPath(ForwardedHeaders.SLUG), collection);
            assertThat(served.getString("first.items[0].id"), startsWith(collection + "#"));
            assertThat(served.getString("first.items[0].target.source.id"),
                    startsWith("http://localhost:"));
        }
    }
}
