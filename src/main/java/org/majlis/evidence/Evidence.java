package org.majlis.evidence;

import java.util.Collection;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Description("A verbatim quote of a source document that backs a claim, with its place in the text.")
public class Evidence extends PanacheEntityBase {

    /** What the quote is: the claim it backs and the passage it quotes ({@link Claims#quote}). */
    @Id
    @Ignore
    @Column(name = "id")
    public String key;

    /** The claim it backs, as built by {@link Claims#ref}. */
    @Ignore
    public String claim;

    @Ignore
    @Column(name = "document")
    public String documentSlug;

    @NonNull
    @Description("The quote, exactly as the document has it.")
    public String quote;

    @NonNull
    @Name("start")
    @Description("Where the quote starts in document.text, in UTF-16 code units (JavaScript string indices).")
    public int startOffset;

    @NonNull
    @Name("end")
    @Description("Where the quote ends (exclusive) in document.text, in UTF-16 code units.")
    public int endOffset;

    /** Its place among its source's quotes of the claim. */
    @Ignore
    public int ordinal;

    /** Its source's place among the claim's: 0 for the claim's own document, else {@link ClaimSource#ordinal}. */
    @Ignore
    public int sourceOrdinal;

    @org.eclipse.microprofile.graphql.Id
    @NonNull
    @Description("What the quote is, never where it stands in a list: for a claim's quote, the claim's id, @, the "
            + "document's slug and the span, e.g. Role:000_de159ab6a08af78c.sergei-lavrov.russian-ministry-of-foreign-affairs"
            + "@000_de159ab6a08af78c:132-165; for a mention, the document's slug and the span.")
    public String getId() {
        return key;
    }

    /**
     * A passage of a document made for an answer and never persisted: a node's mention, a drafted suggestion's quote;
     * its id is the passage's ({@link Claims#passage}).
     */
    public static Evidence passage(String documentSlug, int start, int end, String quote) {
        Evidence evidence = new Evidence();
        evidence.key = Claims.passage(documentSlug, start, end);
        evidence.documentSlug = documentSlug;
        evidence.quote = quote;
        evidence.startOffset = start;
        evidence.endOffset = end;
        return evidence;
    }

    /** Every quote taken from one document, in the order of the text. */
    public static List<Evidence> inDocument(String documentSlug) {
        return list("documentSlug = ?1 order by startOffset, endOffset, key", documentSlug);
    }

    public static List<Evidence> forClaims(Collection<String> claims) {
        return list("claim in ?1 order by claim, sourceOrdinal, ordinal", claims);
    }

    /** Every quote of the given documents, by claim and in each claim's order. */
    public static List<Evidence> inDocuments(Collection<String> documentSlugs) {
        return list("documentSlug in ?1 order by claim, sourceOrdinal, ordinal", documentSlugs);
    }
}
