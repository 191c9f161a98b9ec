package org.majlis.evidence;

import static org.majlis.graphql.InputErrors.field;

import java.util.List;

import org.majlis.date.FuzzyDate;
import org.majlis.document.Document;
import org.majlis.graphql.InputErrors;
import org.majlis.graphql.UserError;
import org.majlis.place.Place;

/**
 * Joins a further report to a claim, or takes one off, by the rules every kind of claim shares; run inside the
 * kind's edit ({@code Edits.edit}), which checks the version and records the change. The quotes are found in the
 * further document's text and the date held to its publication, as a claim's own are in its own.
 */
public final class Corroborations {

    private Corroborations() {
    }

    /**
     * Adds the input's document as the claim's next source, with its quotes and what it says; the problems, if any.
     * {@code placed}: whether the kind of claim has a place (a role has none).
     */
    public static List<UserError> add(String claim, String ownDocument, ClaimStatus claimStatus, boolean placed,
            AddSourceInput input) {
        InputErrors errors = new InputErrors();
        Document document = Document.named(input.document, errors);
        if (document != null && document.slug.equals(ownDocument)) {
            errors.add("INVALID", field("document"), input.document + " is the claim's own document: edit the claim's "
                    + "quotes instead.");
        } else if (document != null && ClaimSource.find(claim, document.slug) != null) {
            errors.add("TAKEN", field("document"), input.document + " already reports this claim: remove it as a "
                    + "source first to give its report again.");
        }
        String placeSlug = null;
        if (input.place != null && !placed) {
            errors.add("INVALID", field("place"), "This kind of claim has no place: leave place out.");
        } else if (input.place != null) {
            placeSlug = errors.reference(input.place, Place.TYPE, field("place"), Place::exists, "name a place of the graph.");
        }
        ClaimStatus status = input.status != null ? input.status : claimStatus;
        FuzzyDate date = ClaimDates.parse(input.date, document == null ? null : document.publishedOn, status,
                field("date"), errors);
        List<ClaimQuotes.Span> spans = document == null ? List.of()
                : ClaimQuotes.resolve(document.text, input.quotes, field("quotes"), errors);
        if (!errors.isEmpty()) {
            return errors.list();
        }
        ClaimSource source = new ClaimSource();
        source.claim = claim;
        source.documentSlug = document.slug;
        source.ordinal = 1 + ClaimSource.forClaims(List.of(claim)).stream().mapToInt(s -> s.ordinal).max().orElse(0);
        source.status = input.status;
        source.date = date;
        source.placeSlug = placeSlug;
        source.persist();
        ClaimQuotes.write(claim, document.slug, source.ordinal, spans);
        return List.of();
    }

    /** Takes the input's document off the claim's sources, with its quotes; the problems, if any. */
    public static List<UserError> remove(String claim, String ownDocument, RemoveSourceInput input) {
        InputErrors errors = new InputErrors();
        String slug = errors.slugOf(input.document, Document.TYPE, field("document"));
        if (slug != null && slug.equals(ownDocument)) {
            errors.add("INVALID", field("document"), input.document + " is the claim's own document, which cannot be "
                    + "taken off: retract the claim instead.");
            return errors.list();
        }
        ClaimSource source = slug == null ? null : ClaimSource.find(claim, slug);
        if (slug != null && source == null) {
            errors.add("NOT_FOUND", field("document"), input.document + " is not among the claim's further sources: "
                    + "its sources field lists them.");
        }
        if (!errors.isEmpty()) {
            return errors.list();
        }
        ClaimQuotes.removeIn(List.of(claim), slug);
        source.delete();
        return List.of();
    }
}
