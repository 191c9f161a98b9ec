package org.majlis.draft;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.majlis.events.SeedsImported;
import org.majlis.graphql.ListSizes;

/** The lengths of the drafts' lists, for the cost estimate: after an import, and after each draft. */
@ApplicationScoped
public class DraftSizes {

    /** Quotes of one suggestion: a role or source has one, a meeting one a sentence it takes (rarely more than three). */
    static final int QUOTES = 4;
    /** At most one problem a field of the largest input a suggestion sends (addMilitaryPresence's, 13). */
    static final int PROPOSAL_FIELDS = 13;

    private final ListSizes sizes;

    DraftSizes(ListSizes sizes) {
        this.sizes = sizes;
    }

    void measure(@Observes SeedsImported imported) {
        measure();
    }

    void measure() {
        sizes.measure("Document.suggestions", "select count(*) from suggestion group by document");
        sizes.measure("Query.suggestionRules", "select count(distinct rule || ' ' || rule_version || ' ' || kind) from suggestion");
        sizes.record("Suggestion.quotes", List.of(QUOTES));
        sizes.record("DraftPayload.userErrors", List.of(1));
        sizes.record("SuggestionPayload.userErrors", List.of(PROPOSAL_FIELDS));
    }

    /** After a draft, once it has committed. */
    void drafted() {
        sizes.soon(getClass().getName(), this::measure);
    }
}
