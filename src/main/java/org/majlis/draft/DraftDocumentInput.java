package org.majlis.draft;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.quarkus.runtime.annotations.RegisterForReflection;

@RegisterForReflection
@Input("DraftDocumentInput")
@Description("The document to draft.")
public class DraftDocumentInput {

    @Id
    @NonNull
    @Description("The document, e.g. Document:2024-05-20-1a2b3c4d5e6f.")
    public String document;
}
