package org.majlis.draft;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.majlis.graphql.GlobalId;
import org.majlis.graphql.Node;
import org.majlis.store.KeptAcrossImports;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** What the drafter proposes a document says, kept apart from the graph until an analyst accepts or rejects it. */
@Entity
@Description("Something the drafter proposes a document says, with its quotes: not part of the graph until an analyst "
        + "accepts it (acceptSuggestion), which sends the mutation it names with its proposal as the input.")
public class Suggestion extends PanacheEntityBase implements Node, KeptAcrossImports {

    public static final String TYPE = "Suggestion";

    /** {@code <document>.<fingerprint>}: the same proposal of the same document keeps its id (Drafts.fingerprint). */
    @Id
    @Column(name = "id")
    @Ignore
    public String slug;

    @Column(name = "document")
    @Ignore
    public String documentSlug;

    /** Where its first quote stands among the document's suggestions. */
    @Ignore
    public int ordinal;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("What it proposes.")
    public SuggestionKind kind;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("Open, accepted (as proposed or edited) or rejected.")
    public SuggestionStatus status;

    @NonNull
    @Description("What it proposes, in a sentence, e.g. «Sergei Lavrov: Russian Foreign Minister, Russian Ministry of "
            + "Foreign Affairs».")
    public String summary;

    @NonNull
    @Description("The mutation accepting it sends, e.g. addRole.")
    public String mutation;

    @NonNull
    @Description("That mutation's input, as a JSON object: what acceptSuggestion sends as it is, or what a client "
            + "shows for editing and sends back in acceptSuggestion's proposal.")
    public String proposal;

    /** The quotes, as JSON: [{start, end, quote}]. */
    @Ignore
    public String quotes;

    @NonNull
    @Description("How sure its rule is, 0 to 1: a fixed figure per rule and case (docs/drafts.md), not a calibrated "
            + "probability.")
    public double score;

    @NonNull
    @Description("The rule that proposed it, e.g. title-and-name.")
    public String rule;

    @NonNull
    @Column(name = "rule_version")
    @Description("The drafter's version when it proposed it.")
    public String ruleVersion;

    @org.eclipse.microprofile.graphql.Id
    @Description("For a further source, the claim it reports again; once accepted, the claim made, e.g. "
            + "Role:<document>.<actor>.<organisation>.")
    public String claim;

    @NonNull
    @Column(name = "drafted_at")
    @Description("When it was first proposed.")
    public Instant draftedAt;

    @Column(name = "decided_by")
    @Ignore
    public String decidedBySubject;

    @Column(name = "decided_by_name")
    @Description("Who accepted or rejected it, as their token names them; null while open.")
    public String decidedBy;

    @Column(name = "decided_at")
    @Description("When it was accepted or rejected; null while open.")
    public Instant decidedAt;

    @Override
    @NonNull
    @org.eclipse.microprofile.graphql.Id
    @Description("The global id, Suggestion:<document slug>.<fingerprint>: the same proposal of the same document "
            + "keeps it when the document is drafted again.")
    public String getId() {
        return GlobalId.of(TYPE, slug);
    }

    public static List<Suggestion> findBySlugs(Collection<String> slugs) {
        return list("slug in ?1", slugs);
    }

    /** Forgets the suggestions of documents the graph no longer holds (an import of seeds without them). */
    static long ofDocumentsGone() {
        return delete("documentSlug not in (select d.slug from Document d)");
    }

    /** The suggestions of these documents, in each document's order: where they start, then by kind. */
    public static List<Suggestion> ofDocuments(Collection<String> documents) {
        return list("documentSlug in ?1 order by documentSlug, ordinal, kind, slug", documents);
    }
}
