package org.majlis.draft;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.majlis.document.Document;
import org.majlis.graphql.UserError;

import io.quarkus.runtime.annotations.RegisterForReflection;

@RegisterForReflection
@Description("What drafting a document did: the document, whose suggestions list what the drafter proposes, or the "
        + "problems with the input.")
public class DraftPayload {

    @Description("The document drafted; null when there are userErrors.")
    public final Document document;

    @NonNull
    @Description("How many of its suggestions are open now: those proposed, less those decided before.")
    public final int open;

    @NonNull
    @Description("What to fix in the input; empty when the document was drafted.")
    public final List<@NonNull UserError> userErrors;

    DraftPayload(Drafts.Drafted drafted) {
        this.document = drafted.document();
        this.open = drafted.open();
        this.userErrors = List.copyOf(drafted.errors());
    }
}
