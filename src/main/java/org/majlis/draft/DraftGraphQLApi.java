package org.majlis.draft;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.inject.Produces;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.GraphQLException;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.majlis.auth.Roles;
import org.majlis.auth.Writers;
import org.majlis.document.Document;
import org.majlis.evidence.Evidence;
import org.majlis.graphql.Batch;
import org.majlis.graphql.NodeFinder;
import org.majlis.store.SqlRows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Drafts: a document's suggestions, drafting it, and deciding them (docs/drafts.md). Mutations need the role analyst or
 * curator, as the claims they make do.
 */
// By hand: Quarkus registers only the classes of top-level operations for reflection (docs/native.md).
@RegisterForReflection
@GraphQLApi
public class DraftGraphQLApi {

    private static final TypeReference<List<Proposal.Quote>> QUOTES = new TypeReference<>() {
    };

    private final Drafts drafts;
    private final Writers writers;
    private final SqlRows rows;

    public DraftGraphQLApi(Drafts drafts, Writers writers, SqlRows rows) {
        this.drafts = drafts;
        this.writers = writers;
        this.rows = rows;
    }

    @Mutation
    @NonNull
    @Description("Reads a document and proposes the roles, meetings, military presences and further reports of known "
            + "claims it finds, each with its quotes, as its suggestions; none is part of the graph until accepted. "
            + "Drafting it again keeps every decision: a rejected suggestion is not proposed again. Needs the role "
            + "analyst or curator.")
    public DraftPayload draftDocument(@NonNull @Description("The document.") DraftDocumentInput input) throws GraphQLException {
        return new DraftPayload(drafts.draft(input.document, writers.require(Roles.ANALYST, Roles.CURATOR)));
    }

    @Mutation
    @NonNull
    @Description("Accepts a suggestion: sends the mutation it names with its proposal, or with the edited proposal "
            + "given, under the same rules as that mutation; the change it makes names the suggestion (origin "
            + "SUGGESTION). Needs the role analyst or curator.")
    public SuggestionPayload acceptSuggestion(@NonNull @Description("The suggestion, and the edit of its proposal if any.")
            AcceptSuggestionInput input) throws GraphQLException {
        return new SuggestionPayload(drafts.accept(input, writers.require(Roles.ANALYST, Roles.CURATOR)));
    }

    @Mutation
    @NonNull
    @Description("Rejects a suggestion: it is kept as rejected, and drafting its document again does not propose it "
            + "again. Needs the role analyst or curator.")
    public SuggestionPayload rejectSuggestion(@NonNull @Description("The suggestion.") RejectSuggestionInput input)
            throws GraphQLException {
        return new SuggestionPayload(drafts.reject(input, writers.require(Roles.ANALYST, Roles.CURATOR)));
    }

    /** first and after are applied to each occurrence by org.majlis.graphql.NestedPages. */
    @NonNull
    @Name("suggestions")
    @Description("What the drafter proposes the document says (draftDocument), in the order of their first quotes; open "
            + "ones unless other statuses are asked for.")
    public List<@NonNull SuggestionConnection> documentSuggestions(@Source List<Document> list,
            @Description("Which to list.") @DefaultValue("[\"OPEN\"]") List<@NonNull SuggestionStatus> status,
            @Description("How many to return, 0 to 100.") @DefaultValue("20") Integer first,
            @Description("A cursor from a previous page: return what follows it.") String after) {
        Set<SuggestionStatus> wanted = Set.copyOf(status);
        Map<String, List<Suggestion>> byDocument = new LinkedHashMap<>();
        list.forEach(d -> byDocument.put(d.slug, new ArrayList<>()));
        Suggestion.ofDocuments(byDocument.keySet()).stream().filter(s -> wanted.contains(s.status))
                .forEach(s -> byDocument.get(s.documentSlug).add(s));
        return SuggestionConnection.nested(list.stream().map(d -> byDocument.get(d.slug)).toList());
    }

    @NonNull
    @Description("The document the suggestion is of.")
    public List<@NonNull Document> document(@Source List<Suggestion> list) {
        return Batch.one(list, s -> s.documentSlug, Document::findBySlugs, d -> d.slug);
    }

    @NonNull
    @Description("Its quotes: the words of the document it rests on, with their offsets.")
    public List<@NonNull List<@NonNull Evidence>> quotes(@Source List<Suggestion> list) {
        return list.stream().map(DraftGraphQLApi::quotes).toList();
    }

    @Query
    @NonNull
    @Description("What analysts decided about each rule's suggestions: accepted, edited, rejected, open, and the "
            + "precision that gives, by rule, version and kind.")
    public List<@NonNull SuggestionRule> suggestionRules() {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (Object[] row : rows.select("select rule, rule_version, kind, status, count(*) from suggestion "
                + "group by rule, rule_version, kind, status order by rule, rule_version, kind")) {
            int[] c = counts.computeIfAbsent(row[0] + "\t" + row[1] + "\t" + row[2], k -> new int[4]);
            c[SuggestionStatus.valueOf((String) row[3]).ordinal()] += ((Number) row[4]).intValue();
        }
        List<SuggestionRule> records = new ArrayList<>();
        counts.forEach((key, c) -> {
            String[] parts = key.split("\t");
            records.add(new SuggestionRule(parts[0], parts[1], SuggestionKind.valueOf(parts[2]), c[SuggestionStatus.ACCEPTED.ordinal()],
                    c[SuggestionStatus.EDITED.ordinal()], c[SuggestionStatus.REJECTED.ordinal()], c[SuggestionStatus.OPEN.ordinal()]));
        });
        records.sort(Comparator.comparing((SuggestionRule r) -> r.rule).thenComparing(r -> r.ruleVersion).thenComparing(r -> r.kind));
        return records;
    }

    /** Suggestions for node(id:) and nodes(ids:). */
    @Produces
    NodeFinder suggestionNodes() {
        return NodeFinder.of(Suggestion.TYPE, Suggestion::findBySlugs);
    }

    /** The quotes as Evidence made for the response, never persisted, as a node's mentions are. */
    private static List<Evidence> quotes(Suggestion suggestion) {
        try {
            return Drafts.JSON.readValue(suggestion.quotes, QUOTES).stream()
                    .map(q -> Evidence.passage(suggestion.documentSlug, q.start(), q.end(), q.quote())).toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A suggestion's quotes are not JSON: " + suggestion.slug, e);
        }
    }
}
