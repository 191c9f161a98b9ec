package org.majlis.document;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.quarkus.runtime.annotations.RegisterForReflection;

@RegisterForReflection
@Input("EditDocumentInput")
@Description("Changes to a document's description; a field left out stays as it is. The text is not among them: "
        + "every quote's offsets count in it.")
public class EditDocumentInput {

    @NonNull
    @Id
    @Description("The document, e.g. Document:000_de159ab6a08af78c.")
    public String id;

    @NonNull
    @Description("The version of the document this edit was made on, as last read: if someone changed it since, the "
            + "edit is refused with CONFLICT and the current document.")
    public Integer version;

    @Description("A new title.")
    public String title;

    @Description("A new publisher name.")
    public String publisher;

    @Description("A new day of publication.")
    public LocalDate publishedOn;

    @Description("A new address, http or https.")
    public String url;
}
