package org.majlis.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.majlis.graphql.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Hostile and malformed requests get a quick error with a code, leak nothing of the server's insides, and leave
 * the service answering: after each test a normal query must still succeed. The parser tests use sizes between
 * our limits (GraphQLLimits) and graphql-java's defaults, and check that the message names our limit: so they
 * prove that our parser options are the ones applied.
 */
@QuarkusTest
class HostileRequestsTest {

    /** Generous: only a hang or a pathological slowdown fails it. */
    private static final long QUICK_MILLIS = 5_000;
    private static final String JAVA_NAME = "(?s).*\\b(java|javax|jakarta|org|io|com|graphql)\\.[a-z].*";
    private static final String COUNT_DOCUMENTS = """
            {"query": "query Count { documents { totalCount } }"}""";

    @AfterEach
    void theServiceStillAnswers() {
        GraphQL.post("{ documents { totalCount } }").body("data.documents.totalCount", notNullValue());
    }

    @Test
    void aQuery30LevelsDeepIsRejected() {
        String query = "{ organisations(first: 1) { nodes {" + " parent {".repeat(27) + " id" + " }".repeat(27) + " } } }";
        refused(post(query), 200, "LIMIT_EXCEEDED").body("errors[0].message", containsString("depth"));
    }

    /**
     * The depth limit counts what @include and @skip keep with the request's variables: the same text, admitted
     * shallow, is refused when its variables include the deep part.
     */
    @Test
    void aDocumentAdmittedShallowIsRefusedWhenItsVariablesIncludeTheDeepPart() {
        String query = "query Deep($deep: Boolean!) { organisations(first: 1) { nodes { id ... @include(if: $deep) {"
                + " parent {".repeat(27) + " id" + " }".repeat(27) + " } } } }";
        post(query, Map.of("deep", false)).statusCode(200).body("errors", nullValue());
        refused(post(query, Map.of("deep", true)), 200, "LIMIT_EXCEEDED").body("errors[0].message", containsString("depth"));
    }

    /**
     * Each operation of a document is checked on its own: a shallow one admitted does not admit a deep one beside it.
     * The shallow one runs twice with other variables, so that neither the answer cache answers it nor SmallRye runs
     * it on the parse it makes before caching the document.
     */
    @Test
    void aDeepOperationBesideAnAdmittedShallowOneIsRefused() {
        String query = "query Shallow($first: Int) { organisations(first: $first) { nodes { id } } }"
                + " query Deep { organisations(first: 1) { nodes {" + " parent {".repeat(27) + " id" + " }".repeat(27) + " } } }";
        for (int first = 1; first <= 2; first++) {
            given().contentType(ContentType.JSON).body(Map.of("query", query, "operationName", "Shallow", "variables", Map.of("first", first)))
                    .when().post("/graphql").then().statusCode(200).body("errors", nullValue());
        }
        refused(given().contentType(ContentType.JSON).body(Map.of("query", query, "operationName", "Deep"))
                .when().post("/graphql").then(), 200, "LIMIT_EXCEEDED").body("errors[0].message", containsString("depth"));
    }

    @Test
    void aDocumentRefusedOnceIsRefusedAgain() {
        String query = "query Deep { organisations(first: 1) { nodes {" + " parent {".repeat(27) + " id" + " }".repeat(27) + " } } }";
        refused(post(query), 200, "LIMIT_EXCEEDED").body("errors[0].message", containsString("depth"));
        refused(post(query), 200, "LIMIT_EXCEEDED").body("errors[0].message", containsString("depth"));
    }

    @Test
    void graphiqlsIntrospectionQueryPassesEveryLimit() {
        given().contentType(ContentType.JSON).body(Map.of("query", resource("/graphiql-introspection.graphql")))
                .when().post("/graphql")
                .then().statusCode(200).body("errors", nullValue()).body("data.__schema.queryType.name", equalTo("Query"));
    }

    @Test
    void aQueryOverTheComplexityLimitIsRejected() {
        String organisations = """
                organisations(first: 1) {
                  nodes { id name kind country parent { id name kind country parent { id name kind country } } }
                }
                """;
        String roots = IntStream.range(0, 14).mapToObj(i -> "o" + i + ": " + organisations).collect(Collectors.joining());
        refused(post("query Costly { " + roots + " }"), 200, "LIMIT_EXCEEDED")
                .body("errors[0].message", containsString("complexity"));
    }

    /**
     * Actors' meetings' participants' meetings, four levels deep (as deep as the depth limit lets it), the two
     * deepest asked twice: each level multiplies what the one above asks, for what is at most a few actors and
     * meetings.
     */
    static final String FANOUT = """
            query Fanout($first: Int) {
              actors(first: $first) { nodes { ...Level1 } }
            }
            fragment Level1 on Actor { meetings(first: 100) { nodes { participants { actor { ...Level2 } } } } }
            fragment Level2 on Actor {
              meetings(first: 100) { nodes { participants { actor { ...Level3 } } } }
              again: meetings(first: 100) { nodes { participants { actor { ...Level3 } } } }
            }
            fragment Level3 on Actor {
              meetings(first: 100) { nodes { participants { actor { ...Level4 } } } }
              again: meetings(first: 100) { nodes { participants { actor { ...Level4 } } } }
            }
            fragment Level4 on Actor { meetings(first: 100) { nodes { id title date { iso } } } }
            """;

    @Test
    void listsNestedUnderListsOverTheCostLimitAreRejected() {
        refused(post(FANOUT, Map.of("first", 100)), 200, "LIMIT_EXCEEDED")
                .body("errors[0].message", containsString("estimated cost"));
    }

    @Test
    void aRefusalNamesThePartOfTheQueryThatCostsMost() {
        refused(post(FANOUT, Map.of("first", 100)), 200, "LIMIT_EXCEEDED")
                .body("errors[0].message", containsString("most of it under actors.nodes.meetings.nodes.participants.actor.meetings.nodes.participants.actor"));
    }

    @Test
    void aValidatedQueryIsCostCheckedAgainWithNewVariables() {
        post(FANOUT, Map.of("first", 1)).statusCode(200).body("errors", nullValue());
        refused(post(FANOUT, Map.of("first", 100)), 200, "LIMIT_EXCEEDED")
                .body("errors[0].message", containsString("estimated cost"));
    }

    @Test
    void aliasesOverNestedFragmentsAreRejected() {
        String query = """
                query Bomb { actors { nodes { ...F1 } } }
                fragment F1 on Actor { %1$s }
                fragment F2 on Actor { %2$s }
                fragment F3 on Actor { %3$s }
                fragment F4 on Actor { id }
                """.formatted(fourAliasesOf("F2"), fourAliasesOf("F3"), fourAliasesOf("F4"));
        refused(post(query), 200, "LIMIT_EXCEEDED").body("errors[0].message", containsString("estimated cost"));
    }

    private static String fourAliasesOf(String fragment) {
        return IntStream.range(0, 4).mapToObj(i -> "m" + i + ": meetings { nodes { participants { actor { ..." + fragment + " } } } }")
                .collect(Collectors.joining(" "));
    }

    @Test
    void hundredsOfAliasedNodeFieldsAreRejected() {
        String roots = IntStream.range(0, 150).mapToObj(i -> "n" + i + ": node(id: $id) { id }").collect(Collectors.joining(" "));
        refused(post("query Aliases($id: ID!) { " + roots + " }", Map.of("id", "Actor:sergei-lavrov")), 200, "LIMIT_EXCEEDED")
                .body("errors[0].message", containsString("aliases"));
    }

    @Test
    void hundredsOfAliasedTypenamesAreRejected() {
        String roots = IntStream.range(0, 500).mapToObj(i -> "t" + i + ": __typename").collect(Collectors.joining(" "));
        refused(post("{ " + roots + " }"), 200, "LIMIT_EXCEEDED").body("errors[0].message", containsString("aliases"));
    }

    @Test
    void aFieldRepeatedAThousandTimesIsRejected() {
        refused(post("{ actors { nodes { " + "id ".repeat(1000) + "} } }"), 200, "LIMIT_EXCEEDED")
                .body("errors[0].message", containsString("fields"));
    }

    @Test
    void directiveOverloadingIsRejected() {
        refused(post("{ __typename" + " @include(if: true)".repeat(50) + " }"), 200, "LIMIT_EXCEEDED")
                .body("errors[0].message", containsString("directives"));
    }

    @Test
    void circularFragmentsAreRejected() {
        String query = """
                query Cycle { organisations { nodes { ...A } } }
                fragment A on Organisation { id parent { ...B } }
                fragment B on Organisation { name parent { ...A } }
                """;
        refused(post(query), 200, "GRAPHQL_VALIDATION_FAILED");
    }

    @Test
    void aQueryOverTheCharacterLimitIsRejectedByTheParser() {
        String query = "{ __typename } # " + "x".repeat(20_000);
        refused(post(query), 200, "GRAPHQL_PARSE_FAILED").body("errors[0].message", containsString("16,384"));
    }

    @Test
    void aQueryOverTheTokenLimitIsRejectedByTheParser() {
        String query = "query Q($v: [Int] = [" + "1 ".repeat(2_500) + "]) { __typename }";
        refused(post(query), 200, "GRAPHQL_PARSE_FAILED").body("errors[0].message", containsString("2,000"));
    }

    @Test
    void aQueryOverTheWhitespaceTokenLimitIsRejectedByTheParser() {
        String query = "{" + " ,".repeat(6_000) + " __typename }";
        refused(post(query), 200, "GRAPHQL_PARSE_FAILED").body("errors[0].message", containsString("5,000"));
    }

    @Test
    void deepBraceNestingIsRejectedByTheParser() {
        String query = "{ a".repeat(100) + " }".repeat(100);
        refused(post(query), 200, "GRAPHQL_PARSE_FAILED").body("errors[0].message", containsString("More than 100 deep"));
    }

    @Test
    void aSyntaxErrorIsCodedAndAnswered200ToJsonClients() {
        refused(post("{ actors { "), 200, "GRAPHQL_PARSE_FAILED")
                .header("Content-Type", startsWith("application/json"))
                .body("errors[0].locations[0].line", equalTo(1));
    }

    @Test
    void aSyntaxErrorIsAnswered400ToGraphQLResponseClients() {
        refused(given().contentType(ContentType.JSON).accept("application/graphql-response+json")
                .body(Map.of("query", "{ actors { ")).when().post("/graphql").then(), 400, "GRAPHQL_PARSE_FAILED")
                .header("Content-Type", startsWith("application/graphql-response+json"))
                .body("data", nullValue());
    }

    @Test
    void aBodyOverOneMebibyteIsRefusedWith413() {
        String body = "{\"query\": \"{ __typename }\", \"extensions\": {\"pad\": \"" + "x".repeat(1_100_000) + "\"}}";
        refused(postRaw(ContentType.JSON.toString(), body), 413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    void aBatchOfOperationsIsRefused() {
        String body = """
                [{"query": "{ __typename }"}, {"query": "{ __typename }"}]
                """;
        refused(postRaw(ContentType.JSON.toString(), body), 400, "BAD_REQUEST")
                .body("errors[0].message", containsString("batching"));
    }

    @Test
    void aPropertyGivenTwiceIsRefused() {
        String body = "{\"query\": \"{ __typename }\", \"query\": \"{ actors { totalCount } }\"}";
        refused(postRaw(ContentType.JSON.toString(), body), 400, "BAD_REQUEST")
                .body("errors[0].message", equalTo("the request body is not valid JSON: a property is given twice (line 1, column 36)"));
    }

    @Test
    void aBodyThatIsNotJsonIsRefused() {
        refused(postRaw(ContentType.JSON.toString(), "query=not json"), 400, "BAD_REQUEST");
    }

    @Test
    void aQueryThatIsNotAStringIsRefused() {
        refused(postRaw(ContentType.JSON.toString(), "{\"query\": {\"nested\": 1}}"), 400, "BAD_REQUEST");
    }

    @Test
    void variablesThatAreNotAnObjectAreRefused() {
        refused(postRaw(ContentType.JSON.toString(), "{\"query\": \"{ __typename }\", \"variables\": [1]}"), 400, "BAD_REQUEST");
    }

    @Test
    void aPlainTextBodyIsRefusedWith415() {
        refused(postRaw("text/plain", "{\"query\": \"{ __typename }\"}"), 415, "UNSUPPORTED_MEDIA_TYPE")
                .body("errors[0].message", equalTo("only application/json request bodies are accepted"));
    }

    @Test
    void anApplicationGraphQLBodyIsRefusedWith415() {
        refused(postRaw("application/graphql", "{ __typename }"), 415, "UNSUPPORTED_MEDIA_TYPE")
                .body("errors[0].message", equalTo("only application/json request bodies are accepted"));
    }

    /** What Chromium sends for GraphiQL: its page script and its fetcher each set the header, and fetch joins them. */
    @Test
    void graphiqlsRepeatedJsonContentTypeIsAccepted() {
        postAs("application/json, application/json", COUNT_DOCUMENTS)
                .statusCode(200).body("errors", nullValue()).body("data.documents.totalCount", notNullValue());
    }

    @Test
    void jsonWithAUtf8CharsetInAnyCaseIsAccepted() {
        postAs("Application/JSON; Charset=\"utf-8\"", COUNT_DOCUMENTS)
                .statusCode(200).body("errors", nullValue()).body("data.documents.totalCount", notNullValue());
    }

    @Test
    void jsonMixedWithAnotherMediaTypeIsRefusedWith415() {
        refused(postAs("application/json, text/plain", COUNT_DOCUMENTS), 415, "UNSUPPORTED_MEDIA_TYPE")
                .body("errors[0].message", equalTo("only application/json request bodies are accepted"));
    }

    @Test
    void aMultipartBodyIsRefusedWith415() {
        refused(postAs("multipart/form-data; boundary=x", COUNT_DOCUMENTS), 415, "UNSUPPORTED_MEDIA_TYPE")
                .body("errors[0].message", equalTo("only application/json request bodies are accepted"));
    }

    @Test
    void jsonInACharsetOtherThanUtf8IsRefusedWith415() {
        refused(postAs("application/json; charset=iso-8859-1", COUNT_DOCUMENTS), 415, "UNSUPPORTED_MEDIA_TYPE")
                .body("errors[0].message", equalTo("only UTF-8 request bodies are accepted"));
    }

    @Test
    void aMutationOverGetIsRefusedWith405() {
        refused(given().queryParam("query", "mutation { __typename }").when().get("/graphql").then(), 405,
                "METHOD_NOT_ALLOWED").header("Allow", "POST");
    }

    @Test
    void aQueryOverGetIsAnswered() {
        given().queryParam("query", "query Count { documents { totalCount } }").when().get("/graphql")
                .then().statusCode(200).body("data.documents.totalCount", notNullValue());
    }

    @Test
    void aQueryOverGetPassesTheSameParser() {
        refused(given().queryParam("query", "{ actors { ").when().get("/graphql").then(), 200, "GRAPHQL_PARSE_FAILED");
    }

    /** Each mutation is a transaction that holds the writers' lock: a request may run ten, not more. */
    @Test
    void elevenMutationsInOneRequestAreRefusedBeforeAnyRuns() {
        String eleven = IntStream.rangeClosed(1, 11).mapToObj(i -> "m" + i + ": editDocument(input: { id: \"Document:x\", "
                + "version: 1, title: \"t\" }) { userErrors { code } }").collect(Collectors.joining(" ", "mutation { ", " }"));
        refused(post(eleven), 200, "LIMIT_EXCEEDED").body("errors[0].message", containsString("11 mutations"));
        String ten = eleven.substring(0, eleven.indexOf(" m11:")) + " }";
        post(ten).statusCode(200).body("errors[0].extensions.code", equalTo("READ_ONLY"));
    }

    @Test
    void aSubscriptionOverHttpIsRefusedWithWhereToSendIt() {
        refused(post("subscription { changed { id } }"), 400, "OPERATION_NOT_SUPPORTED");
        refused(given().queryParam("query", "subscription { changed { id } }").when().get("/graphql").then(), 400,
                "OPERATION_NOT_SUPPORTED");
    }

    /** Apollo's old subscriptions-transport-ws protocol, or none: refused before any upgrade (subscriptions: graphql-transport-ws). */
    @ParameterizedTest
    @ValueSource(strings = { "graphql-ws", "", "graphql-transport-ws-1, mqtt" })
    void aWebSocketUpgradeForAnotherSubprotocolIsRefused(String subprotocol) {
        var request = given().header("Connection", "Upgrade").header("Upgrade", "websocket").header("Sec-WebSocket-Version", "13")
                .header("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ==");
        refused((subprotocol.isEmpty() ? request : request.header("Sec-WebSocket-Protocol", subprotocol))
                .when().get("/graphql").then(), 400, "BAD_REQUEST");
    }

    private static ValidatableResponse post(String query) {
        return post(query, Map.of());
    }

    private static ValidatableResponse post(String query, Map<String, ?> variables) {
        return given().contentType(ContentType.JSON).body(Map.of("query", query, "variables", variables))
                .when().post("/graphql").then();
    }

    /** Sends the Content-Type exactly as given: RestAssured would otherwise append a charset of its own. */
    private static ValidatableResponse postAs(String contentType, String body) {
        return given().config(RestAssuredConfig.config().encoderConfig(
                        EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .header("Content-Type", contentType).body(body.getBytes(StandardCharsets.UTF_8))
                .when().post("/graphql").then();
    }

    private static ValidatableResponse postRaw(String contentType, String body) {
        return given().contentType(contentType).body(body.getBytes(StandardCharsets.UTF_8)).when().post("/graphql").then();
    }

    /** The safe answer: the status, a code, only code and classification in extensions, nothing of Java. */
    private static ValidatableResponse refused(ValidatableResponse response, int status, String code) {
        return response.statusCode(status).time(lessThan(QUICK_MILLIS))
                .body("errors[0].extensions.code", equalTo(code))
                .body("errors[0].extensions.keySet()", containsInAnyOrder("code", "classification"))
                .body(not(containsString("Exception")))
                .body(not(containsString("\tat ")))
                .body(not(matchesRegex(JAVA_NAME)));
    }

    private static String resource(String name) {
        try (InputStream in = HostileRequestsTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
