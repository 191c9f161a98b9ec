package org.majlis.graphql;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How much one GraphQL document may ask of the service before any of it runs: the parser limits, which the HTTP
 * gate (org.majlis.http.GraphQLGate) applies, and the document limits of {@link DocumentLimits}. The figures of
 * GraphiQL's introspection query (the largest document a legitimate client sends) and of the largest frontend
 * operation in graphql/operations/ are in each comment; docs/security.md explains the choices.
 */
@ConfigMapping(prefix = "majlis.graphql")
public interface GraphQLLimits {

    /** Characters in the query text: introspection 2,075, frontend at most 656. */
    @WithDefault("16384")
    int maxCharacters();

    /** Tokens as graphql-java's parser counts them: introspection 185, frontend at most 103. */
    @WithDefault("2000")
    int maxTokens();

    /** Whitespace, comma and comment tokens, which cost parsing without asking for anything: introspection 1,192. */
    @WithDefault("5000")
    int maxWhitespaceTokens();

    /**
     * Nesting of the parser's grammar rules, about three per level of braces: introspection 35, frontend at most
     * 23. Deep '{' or '[' nesting stops here, in the parser, before it costs stack; 100 still lets a query 30
     * levels deep reach the clearer selection-depth limit.
     */
    @WithDefault("100")
    int maxRuleDepth();

    /** Aliased fields in a document: frontend at most 2; each alias can ask for the same costly field again. */
    @WithDefault("30")
    int maxAliases();

    /**
     * Fields written in a document, each fragment once, counted before validation: introspection 73, frontend at most
     * 33. The same count as graphql-java's complexity limit, which this replaces at the same 200.
     */
    @WithDefault("200")
    int maxFields();

    /** Levels of fields in the operation that runs (fragments expanded, skipped parts left out): introspection 15, frontend at most 6. */
    @WithDefault("20")
    int maxDepth();

    /**
     * The values an operation may resolve: estimated before it runs ({@link QueryCost}, from the data's list
     * lengths) and counted while it runs ({@link ExecutionBudget}). Introspection 230; the costliest realistic
     * operation (a meetings feed of 100 cards with participants, roles, statements and quotes) estimates 19,106 on
     * 1,000 synthetic documents and answers 12,353 values (345 KB): 50,000 leaves room for richer articles and
     * bounds an answer near 1.4 MB, while the fan-out and fragment attacks estimate from 71,000 to billions.
     */
    @WithDefault("50000")
    int maxCost();

    /**
     * Mutations in one request: a frontend sends one; a script that adds a folder of documents sends a few. Each is
     * a transaction of its own, run one after another while the writer holds the writers' lock (org.majlis.change),
     * so a request of many would keep every other writer waiting for their sum.
     */
    @WithDefault("10")
    int maxMutations();

    /**
     * WebSockets one client address holds open at once: graphql-ws puts every subscription of a page on one socket,
     * so a person with a dozen tabs open holds a dozen; past this, the upgrade is refused (429). Behind a proxy that
     * sets X-Forwarded-For, enable quarkus.http.proxy.proxy-address-forwarding so that each client counts apart.
     */
    @WithDefault("16")
    int maxSocketsPerClient();

    /** Directives in a document: none in introspection or the frontend operations. */
    @WithDefault("30")
    int maxDirectives();
}
