package org.majlis.evidence;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

import org.majlis.date.FuzzyDate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A further report of a claim: a document other than the claim's own that backs it with quotes of its own, and
 * what it says of the claim where it says it (null: it does not say). The claim's own document is not a row: its
 * view is the claim's fields. {@link Source} is what the API shows of both.
 */
@Entity
@IdClass(ClaimSource.Key.class)
public class ClaimSource extends PanacheEntityBase {

    /** The claim it backs ({@link Claims#ref}). */
    @Id
    @Column(name = "claim")
    public String claim;

    @Id
    @Column(name = "document")
    public String documentSlug;

    /** Its place among the claim's sources: 1 for the first joined, 0 being the claim's own document. */
    public int ordinal;

    @Enumerated(EnumType.STRING)
    public ClaimStatus status;

    @Embedded
    public FuzzyDate date;

    @Column(name = "place")
    public String placeSlug;

    /** The further reports of these claims, each claim's in the order they were joined. */
    public static List<ClaimSource> forClaims(Collection<String> claims) {
        return list("claim in ?1 order by claim, ordinal", claims);
    }

    /** The claims these documents report without being their own, by document and claim. */
    public static List<ClaimSource> inDocuments(Collection<String> documentSlugs) {
        return list("documentSlug in ?1 order by documentSlug, claim", documentSlugs);
    }

    /** The claims of a type these documents report without being their own. */
    static List<ClaimSource> ofDocuments(String type, Collection<String> documentSlugs) {
        return list("documentSlug in ?1 and claim like ?2 order by documentSlug, ordinal, claim", documentSlugs,
                Claims.ref(type, "%"));
    }

    /**
     * A list's clause for "reported by at least n documents", on claims of the type under the alias; its parameter,
     * :furtherSources, is {@link #furtherSources}.
     */
    public static String reportedByAtLeast(String type, String alias) {
        return "(select count(*) from ClaimSource s where s.claim = concat('" + type + ":', " + alias + ".slug)) "
                + ">= :furtherSources";
    }

    /** How many further sources "reported by at least n documents" asks for; null when any claim does (n ≤ 1). */
    public static Integer furtherSources(Integer minSources) {
        return minSources == null || minSources <= 1 ? null : minSources - 1;
    }

    /**
     * SQL counting, per document, the claims of a type in a table that it reports: its own and those it is a further
     * source of; for the list sizes.
     */
    public static String reportsPerDocument(String table, String type) {
        return "select count(*) from (select document from " + table + " union all select document from claim_source "
                + "where claim like '" + Claims.ref(type, "%") + "') reports group by document";
    }

    public static ClaimSource find(String claim, String documentSlug) {
        return findById(new Key(claim, documentSlug));
    }

    /** The composite key, as JPA needs it. */
    public record Key(String claim, String documentSlug) implements Serializable {
    }
}
