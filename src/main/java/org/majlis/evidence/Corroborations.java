package org.majlis.evidence;

import static org.majlis.graphql.InputErrors.field;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.majlis.date.FuzzyDate;
import org.majlis.document.Document;
import org.majlis.graphql.GlobalId;
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

    /**
     * Why two claims cannot be folded into one, for a curator's merge: each document that reports both (a document
     * reports an event once). Empty when none does.
     */
    public static List<String> clashes(SourceView gone, SourceView stays, String remove) {
        Set<String> both = documents(gone);
        both.retainAll(documents(stays));
        return both.stream().map(d -> GlobalId.of(Document.TYPE, d) + " reports both: a document reports an event "
                + "once; take it off one of them first (" + remove + "), or retract the one it reports twice").toList();
    }

    /** The documents that report a claim: its own and its further sources. */
    private static Set<String> documents(SourceView own) {
        Set<String> documents = new LinkedHashSet<>();
        documents.add(own.documentSlug);
        ClaimSource.forClaims(List.of(own.claim)).forEach(s -> documents.add(s.documentSlug));
        return documents;
    }

    /**
     * Folds a claim found to be another into it, for a curator's merge: the first's own document, with what it said,
     * becomes the survivor's next source, then each of its further sources, each with its quotes (their ids name the
     * survivor). In SQL after a flush, as {@link ClaimIds} moves quotes; the caller checks first that no document
     * reports both.
     */
    public static void fold(EntityManager em, SourceView gone, String intoClaim) {
        em.flush();
        int next = 1 + ClaimSource.forClaims(List.of(intoClaim)).stream().mapToInt(s -> s.ordinal).max().orElse(0);
        List<ClaimSource> further = ClaimSource.forClaims(List.of(gone.claim));
        ClaimSource own = new ClaimSource();
        own.claim = intoClaim;
        own.documentSlug = gone.documentSlug;
        own.ordinal = next;
        own.status = gone.status;
        own.date = gone.date;
        own.placeSlug = gone.placeSlug;
        own.persist();
        em.flush();
        moveQuotes(em, gone.claim, gone.documentSlug, intoClaim, next);
        for (ClaimSource source : further) {
            next++;
            em.createNativeQuery("update claim_source set claim = ?1, ordinal = ?2 where claim = ?3 and document = ?4")
                    .setParameter(1, intoClaim).setParameter(2, next).setParameter(3, gone.claim)
                    .setParameter(4, source.documentSlug).executeUpdate();
            moveQuotes(em, gone.claim, source.documentSlug, intoClaim, next);
        }
        em.clear();
    }

    /**
     * Gives the quotes of a part of a claim (a meeting's participation) the place of their document among the claim's
     * sources, after a fold moved them under it.
     */
    public static void alignSourceOrdinals(EntityManager em, String claim, String partClaim) {
        em.createNativeQuery("update evidence set source_ordinal = (select s.ordinal from claim_source s where s.claim = ?1 "
                + "and s.document = evidence.document) where claim = ?2 and exists (select 1 from claim_source s "
                + "where s.claim = ?1 and s.document = evidence.document)")
                .setParameter(1, claim).setParameter(2, partClaim).executeUpdate();
    }

    private static void moveQuotes(EntityManager em, String oldClaim, String document, String newClaim, int sourceOrdinal) {
        em.createNativeQuery("update evidence set id = ?1 || substring(id, ?2), claim = ?1, source_ordinal = ?3 "
                + "where claim = ?4 and document = ?5")
                .setParameter(1, newClaim).setParameter(2, oldClaim.length() + 1).setParameter(3, sourceOrdinal)
                .setParameter(4, oldClaim).setParameter(5, document).executeUpdate();
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
