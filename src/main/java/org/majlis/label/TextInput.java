package org.majlis.label;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.quarkus.runtime.annotations.RegisterForReflection;

@RegisterForReflection
@Input("TextInput")
@Description("A short text an analyst writes about a claim (a title, a description), in English and optionally Arabic.")
public class TextInput {

    @NonNull
    @Description("In English.")
    public String en;

    @Description("In Arabic.")
    public String ar;
}
