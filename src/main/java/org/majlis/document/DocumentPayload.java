package org.majlis.document;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.majlis.graphql.UserError;

import io.quarkus.runtime.annotations.RegisterForReflection;

@RegisterForReflection
@Description("What a document mutation did: the document as it now is, or the problems with the input and nothing "
        + "changed (on CONFLICT, the document as someone else left it).")
public class DocumentPayload {

    @Description("The document after the change; on CONFLICT, as it currently is; otherwise null when there are "
            + "userErrors.")
    public final Document document;

    @NonNull
    @Description("What to fix in the input; empty when the change was made.")
    public final List<@NonNull UserError> userErrors;

    DocumentPayload(Document document, List<UserError> userErrors) {
        this.document = document;
        this.userErrors = List.copyOf(userErrors);
    }

    static DocumentPayload done(Document document) {
        return new DocumentPayload(document, List.of());
    }

    static DocumentPayload refused(List<UserError> errors) {
        return new DocumentPayload(null, errors);
    }
}
