package org.majlis.evidence;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import io.quarkus.runtime.annotations.RegisterForReflection;

@RegisterForReflection
@Input("QuoteInput")
@Description("A quote of the claim's document: its words (found in the text as the seed importer finds them), or its "
        + "span (start and end in UTF-16 code units, JavaScript string indices, as a selection in a browser gives "
        + "them), or both, which must agree.")
public class QuoteInput {

    @Description("The words, exactly as the document has them.")
    public String text;

    @Description("Which occurrence of the words (1 for the first) when they occur more than once.")
    public Integer occurrence;

    @Description("Where the quote starts in the document's text.")
    public Integer start;

    @Description("Where the quote ends (exclusive) in the document's text.")
    public Integer end;
}
