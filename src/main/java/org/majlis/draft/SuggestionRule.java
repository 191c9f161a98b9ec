package org.majlis.draft;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** What analysts decided about one rule's suggestions of one kind. */
@RegisterForReflection
@Description("What analysts decided about the suggestions one rule of the drafter made of one kind: how many they "
        + "accepted as proposed, accepted after editing, rejected, and left open; the rule's precision as they judged it.")
public class SuggestionRule {

    @NonNull
    @Description("The rule, e.g. title-and-name.")
    public final String rule;

    @NonNull
    @Description("The drafter's version the suggestions were made by.")
    public final String ruleVersion;

    @NonNull
    @Description("What the suggestions proposed.")
    public final SuggestionKind kind;

    @NonNull
    @Description("Accepted as proposed.")
    public final int accepted;

    @NonNull
    @Description("Accepted after an analyst changed them.")
    public final int edited;

    @NonNull
    @Description("Rejected.")
    public final int rejected;

    @NonNull
    @Description("Not decided yet.")
    public final int open;

    @Description("accepted / (accepted + edited + rejected): the share of decided suggestions that were right as "
            + "proposed; null before any is decided.")
    public final Double precision;

    SuggestionRule(String rule, String ruleVersion, SuggestionKind kind, int accepted, int edited, int rejected, int open) {
        this.rule = rule;
        this.ruleVersion = ruleVersion;
        this.kind = kind;
        this.accepted = accepted;
        this.edited = edited;
        this.rejected = rejected;
        this.open = open;
        int decided = accepted + edited + rejected;
        this.precision = decided == 0 ? null : (double) accepted / decided;
    }
}
