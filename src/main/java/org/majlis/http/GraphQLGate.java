package org.majlis.http;

import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.majlis.auth.Writers;
import org.majlis.frameworkinternals.AuthenticationFailures;
import org.majlis.frameworkinternals.ConnectionClosings;
import org.majlis.frameworkinternals.RequestBodies;
import org.majlis.graphql.AnswerCache;
import org.majlis.graphql.AnswerCapture;
import org.majlis.graphql.CacheConfig;
import org.majlis.graphql.GraphQLLimits;
import org.majlis.graphql.WeighedCaches;
import org.majlis.store.Store;

import com.github.benmanes.caffeine.cache.Cache;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Checks every request to the GraphQL endpoint before SmallRye sees it, and answers bad ones itself with a coded
 * GraphQL error. SmallRye parses the operation with its own parser options and answers a syntax error, a body
 * that is not JSON or a batch without a code; so the gate reads the body (within
 * {@code quarkus.http.limits.max-body-size}: 413 over it), accepts only a JSON object of the standard parameters
 * sent as {@code application/json} ({@link RequestMediaType}), parses the query with {@link GraphQLLimits}'s parser
 * limits and refuses mutations over GET. A request that passes goes on to SmallRye unchanged, with its body already
 * read, except that the query a persisted query's hash names ({@link PersistedQueries}) is put in it.
 * <p>
 * Before any parsing, an operation whose answer is in the {@link AnswerCache} is answered from it: the limits ran on
 * that document and those variables when the answer was first made. GET answers carry HTTP caching headers
 * ({@link HttpCaching}).
 * <p>
 * Frontends send the same few operations again and again, so a query that parsed is remembered (by its text, up to
 * {@link #REMEMBERED_CHARACTERS} characters of queries in all, least recently used forgotten first) and not parsed
 * again (docs/benchmarks.md has what parsing cost).
 */
@ApplicationScoped
public class GraphQLGate {

    private static final Logger LOG = Logger.getLogger(GraphQLGate.class);

    /**
     * Before SmallRye's GraphQL-over-WebSocket route (order -99) and its HTTP route (default order). Two routes,
     * since Vert.x wants a body handler first on its route: the checks of the request line and headers, then the
     * body.
     */
    static final int ORDER = -101;

    /** The one GraphQL-over-WebSocket protocol offered (quarkus.smallrye-graphql.websocket-subprotocols). */
    static final String SUBPROTOCOL = "graphql-transport-ws";

    /** A frontend operation is 200 to 2,000 characters: room for hundreds, and a bounded heap for hostile ones. */
    static final int REMEMBERED_CHARACTERS = 1_000_000;

    private final String path;
    private final long maxBodyBytes;
    private final ParserOptions parserOptions;
    private final Cache<String, Document> parsed = WeighedCaches.weighed(REMEMBERED_CHARACTERS,
            (String query, Document document) -> query.length());
    private final PersistedQueries persisted;
    private final AnswerCache answers;
    private final HttpCaching caching;
    private final OpenSockets sockets;

    GraphQLGate(GraphQLLimits limits, PersistedQueries persisted, AnswerCache answers, CacheConfig cache, Store store,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBody,
            @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "graphql") String rootPath) {
        this.path = rootPath.startsWith("/") ? rootPath : "/" + rootPath;
        this.maxBodyBytes = maxBody.asLongValue();
        this.persisted = persisted;
        this.answers = answers;
        this.caching = new HttpCaching(HttpCaching.maxAge(cache, store));
        this.sockets = new OpenSockets(limits.maxSocketsPerClient());
        this.parserOptions = ParserOptions.newParserOptions()
                .maxCharacters(limits.maxCharacters())
                .maxTokens(limits.maxTokens())
                .maxWhitespaceTokens(limits.maxWhitespaceTokens())
                .maxRuleDepth(limits.maxRuleDepth())
                .captureSourceLocation(true).captureLineComments(false).captureIgnoredChars(false)
                .build();
        // The engine's own parse meets the same limits: an operation sent over WebSocket (a subscription) never
        // passes through here, and graphql-java parses it with its default options, which this sets.
        ParserOptions.setDefaultOperationParserOptions(parserOptions);
    }

    void install(@Observes Router router) {
        router.route(path).order(ORDER).handler(this::beforeBody);
        router.route(path).order(ORDER + 1)
                .handler(BodyHandler.create(false).setBodyLimit(maxBodyBytes))
                .handler(this::afterBody)
                .failureHandler(this::failed);
    }

    /**
     * A mutation asked who writes, and quarkus-oidc refused the token (the check is lazy: queries never ask). Quarkus
     * answers that for the whole request, with this handler ({@link AuthenticationFailures}): 401 with RFC 6750's
     * challenge, and the coded error in the body, as every other refusal of the gate.
     */
    private static final BiConsumer<RoutingContext, Throwable> TOKEN_REFUSED = (ctx, failure) -> {
        if (!ctx.response().ended()) {
            ctx.response().putHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            refuse(ctx, Refusal.unauthenticated(Writers.TOKEN_REFUSED));
        }
    };

    private void beforeBody(RoutingContext ctx) {
        // Only the gate names the answer cache's key: a client's header of that name would store one answer under
        // another request's key.
        ctx.request().headers().remove(AnswerCapture.KEY_HEADER);
        AuthenticationFailures.answerWith(ctx, TOKEN_REFUSED);
        try {
            if ("websocket".equalsIgnoreCase(ctx.request().getHeader(HttpHeaders.UPGRADE))) {
                // Subscriptions: SmallRye's GraphQL-over-WebSocket route speaks graphql-transport-ws, and every operation
                // sent over it meets the parser and document limits in the engine, as one sent here does. Another
                // subprotocol is refused here, before an upgrade that SmallRye would accept only to close (and log).
                if (!offersSubprotocol(ctx.request().getHeader("Sec-WebSocket-Protocol"))) {
                    throw Refusal.badRequest("GraphQL over WebSocket speaks " + SUBPROTOCOL + " (the protocol of the "
                            + "graphql-ws client, which Apollo Client and urql use): ask for that subprotocol");
                }
                holdSocket(ctx);
                ctx.next();
                return;
            }
            HttpMethod method = ctx.request().method();
            if (method.equals(HttpMethod.GET)) {
                RequestParameters sent = RequestParameters.fromQueryString(ctx);
                RequestParameters request = persisted.resolve(sent);
                String key = answers.key(request.query(), request.operationName(), request.variables());
                if (answeredFromCache(ctx, key, true)) {
                    return;
                }
                Document document = parse(request.query());
                OperationDefinition.Operation operation = request.operation(document);
                refuseSubscription(operation);
                if (operation == OperationDefinition.Operation.MUTATION) {
                    throw Refusal.methodNotAllowed("a mutation cannot be sent with GET: use POST");
                }
                persisted.remember(request);
                if (sent.query() == null) {
                    ctx.queryParams().set("query", request.query());
                }
                GetParameters.protect(ctx);
                markWhenAnswered(ctx, key);
                pass(ctx, key);
            } else if (method.equals(HttpMethod.POST)) {
                RequestMediaType.requireJson(ctx.request().headers().getAll(HttpHeaders.CONTENT_TYPE));
                ctx.next();
            } else {
                ctx.next();
            }
        } catch (Refusal refusal) {
            refuse(ctx, refusal);
        }
    }

    /**
     * Counts the socket against its client's share until its connection closes, or refuses it past the share. A
     * connection whose closing cannot be told is not counted (ConnectionClosings): a limit that never gives places
     * back would, in time, refuse every subscriber.
     */
    private void holdSocket(RoutingContext ctx) {
        String client = ctx.request().remoteAddress() == null ? "" : ctx.request().remoteAddress().hostAddress();
        if (!sockets.tryOpen(client)) {
            throw Refusal.tooMany("a client may hold " + sockets.perClient() + " WebSockets open at once "
                    + "(majlis.graphql.max-sockets-per-client): graphql-ws carries every subscription of a page on one; "
                    + "close one first");
        }
        if (!ConnectionClosings.whenClosed(ctx.request().connection(), () -> sockets.closed(client))) {
            sockets.closed(client);
        }
    }

    /** A subscription over HTTP would be answered with one meaningless value: it is a WebSocket's. */
    private void refuseSubscription(OperationDefinition.Operation operation) {
        if (operation == OperationDefinition.Operation.SUBSCRIPTION) {
            throw Refusal.operationNotSupported("a subscription is sent over WebSocket to " + path + ", in "
                    + SUBPROTOCOL + " (the graphql-ws client's protocol), not over HTTP");
        }
    }

    private static boolean offersSubprotocol(String header) {
        if (header == null) {
            return false;
        }
        for (String offered : header.split(",")) {
            if (offered.strip().equals(SUBPROTOCOL)) {
                return true;
            }
        }
        return false;
    }

    private void afterBody(RoutingContext ctx) {
        if (!ctx.request().method().equals(HttpMethod.POST)) {
            ctx.next();
            return;
        }
        try {
            RequestParameters sent = RequestParameters.fromBody(ctx.body().asString());
            RequestParameters request = persisted.resolve(sent);
            String key = answers.key(request.query(), request.operationName(), request.variables());
            if (answeredFromCache(ctx, key, false)) {
                return;
            }
            Document document = parse(request.query());
            refuseSubscription(request.operation(document));
            if (request.operation(document) != OperationDefinition.Operation.QUERY) {
                key = null; // a mutation's answer is what it did, once: never kept, never answered again
            }
            persisted.remember(request);
            if (sent.query() == null) {
                // SmallRye reads the body: it gets the query the hash named, in the body as sent otherwise.
                RequestBodies.replace(ctx, request.body().put("query", request.query()).toString());
            }
            pass(ctx, key);
        } catch (Refusal refusal) {
            refuse(ctx, refusal);
        }
    }

    /**
     * Answers with a cached answer, when there is one and the client accepts a type served here. A GET answer
     * carries its validators, and is 304 without a body when the client already holds it. POST answers carry no
     * caching headers: shared caches do not keep them.
     */
    private boolean answeredFromCache(RoutingContext ctx, String key, boolean get) {
        AnswerCache.Answer answer = answers.get(key);
        if (answer == null || !ResponseType.acceptable(ctx)) {
            return false;
        }
        ResponseType type = ResponseType.of(ctx);
        HttpServerResponse response = ctx.response();
        if (get) {
            caching.cacheable(response, answer, type);
            if (HttpCaching.notModified(ctx, answer, type)) {
                response.setStatusCode(304).end();
                return true;
            }
        }
        response.setStatusCode(200).putHeader(HttpHeaders.CONTENT_TYPE, type.contentType()).end(Buffer.buffer(answer.body()));
        return true;
    }

    /**
     * Gives a GET answer that SmallRye writes its caching headers: by then {@link AnswerCapture} has stored it if it
     * had no error, and what is stored has the bytes being sent.
     */
    private void markWhenAnswered(RoutingContext ctx, String key) {
        if (key == null) {
            return;
        }
        ctx.addHeadersEndHandler(v -> {
            AnswerCache.Answer answer = ctx.response().getStatusCode() == 200 ? answers.stored(key) : null;
            if (answer != null) {
                caching.cacheable(ctx.response(), answer, ResponseType.of(ctx));
            } else {
                HttpCaching.notCacheable(ctx.response());
            }
        });
    }

    /** The body handler fails the request with 413 when the body is over the limit. */
    private void failed(RoutingContext ctx) {
        if (ctx.statusCode() == 413) {
            refuse(ctx, Refusal.tooLarge("the request body is larger than " + maxBodyBytes + " bytes"));
        } else {
            ctx.next();
        }
    }

    private Document parse(String query) {
        return parsed.get(query, this::parseNew);
    }

    private Document parseNew(String query) {
        try {
            return Parser.parse(ParserEnvironment.newParserEnvironment().document(query).parserOptions(parserOptions).build());
        } catch (InvalidSyntaxException e) {
            throw Refusal.parseFailed(e.getMessage(), e.getLocation());
        }
    }

    /**
     * Lets the request through to SmallRye, with the answer cache's key when it has one. SmallRye answers
     * {@code application/graphql-response+json} to a client that names no media type, where the spec says
     * {@code application/json}, and otherwise echoes the Accept header, parameters and all: the Content-Type of an
     * answer is set as it is written, the same as a cached answer's.
     */
    private static void pass(RoutingContext ctx, String key) {
        if (key != null) {
            ctx.request().headers().set(AnswerCapture.KEY_HEADER, key);
        }
        ctx.addHeadersEndHandler(v -> {
            if (ResponseType.unnamed(ctx) || ctx.response().getStatusCode() == 200) {
                ctx.response().headers().set(HttpHeaders.CONTENT_TYPE, ResponseType.of(ctx).contentType());
            }
        });
        ctx.next();
    }

    private static void refuse(RoutingContext ctx, Refusal refusal) {
        LOG.debugf("Refused %s %s: %s %s", ctx.request().method(), ctx.request().path(), refusal.code, refusal.getMessage());
        ResponseType type = ResponseType.of(ctx);
        int status = refusal.status != 0 ? refusal.status : type == ResponseType.GRAPHQL_RESPONSE_JSON ? 400 : 200;
        var response = ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, type.contentType());
        if (status == 405) {
            response.putHeader(HttpHeaders.ALLOW, "POST");
        }
        HttpCaching.notCacheable(response);
        response.end(ErrorBody.of(refusal));
    }
}
