package org.majlis.document;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.quarkus.runtime.annotations.RegisterForReflection;

@RegisterForReflection
@Input("CreateDocumentInput")
@Description("A new source document: its text verbatim, and who published it, when and where.")
public class CreateDocumentInput {

    @Description("The document's slug, its id's second part (Document:<slug>): lower-case letters, digits, - and _. "
            + "Left out, it is made of the publication date and the text's SHA-256, e.g. 2024-05-14-3f1c0a9b2e7d, so that "
            + "the same text on the same day is one document. It never changes.")
    public String slug;

    @NonNull
    @Description("The source's headline, or an editorial one where it has none.")
    public String title;

    @NonNull
    @Description("Who published it, as they name themselves, e.g. Reuters.")
    public String publisher;

    @Id
    @Description("The publisher as an organisation of the graph, e.g. Organisation:al-araby-al-jadeed.")
    public String publisherOrganisation;

    @NonNull
    @Description("The day it was published: relative dates in the text count from it.")
    public LocalDate publishedOn;

    @NonNull
    @Description("BCP 47 tag of the text's language, e.g. ar or en.")
    public String language;

    @Description("Where it was published: an http or https address.")
    public String url;

    @NonNull
    @Description("The full text, verbatim, as the source has it: quotes are found in it, and their offsets count in it.")
    public String text;
}
