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

    /** Numbered by the importer in seed order, so that a re-import gives every row the same id. */
    @Id
    @Ignore
    public Long id;

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

    @Ignore
    public int ordinal;

    /** Every quote taken from one document, in the order of the text. */
    public static List<Evidence> inDocument(String documentSlug) {
        return list("documentSlug = ?1 order by startOffset, endOffset, id", documentSlug);
    }

    public static List<Evidence> forClaims(Collection<String> claims) {
        return list("claim in ?1 order by claim, ordinal", claims);
    }
}
