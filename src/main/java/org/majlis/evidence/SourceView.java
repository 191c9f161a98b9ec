package org.majlis.evidence;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.majlis.date.FuzzyDate;

/**
 * One document's report of a claim: the claim's own document, whose view is the claim's fields, or a further one
 * ({@link ClaimSource}), whose view is what it says where it says it.
 */
@Description("One document's report of a claim: its quotes and what it says of the claim. A claim's first source is "
        + "the document it was first reported in (own: true), whose view the claim's fields give; each further source "
        + "corroborates it with quotes of its own, and says a date, a place or a status only where its words do.")
@Type("Source")
public class SourceView {

    @Ignore
    public final String claim;

    @Ignore
    public final String documentSlug;

    @NonNull
    @Description("True for the document the claim was first reported in, whose words the claim's own fields give.")
    public final boolean own;

    @Description("The claim's status as this source reports it; null where a further source does not say.")
    public final ClaimStatus status;

    @Description("The claim's date (a meeting's; a presence's, role's or relationship's start) as this source gives it; "
            + "null where it does not say.")
    public final FuzzyDate date;

    @Ignore
    public final String placeSlug;

    public SourceView(String claim, String documentSlug, boolean own, ClaimStatus status, FuzzyDate date, String placeSlug) {
        this.claim = claim;
        this.documentSlug = documentSlug;
        this.own = own;
        this.status = status;
        this.date = date;
        this.placeSlug = placeSlug;
    }

    /** A further source's view. */
    static SourceView of(ClaimSource further) {
        return new SourceView(further.claim, further.documentSlug, false, further.status, further.date, further.placeSlug);
    }

    /** The key of its quotes: the claim, @, the document. */
    String quotesKey() {
        return claim + "@" + documentSlug;
    }
}
