package org.majlis.label;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.quarkus.runtime.annotations.RegisterForReflection;

@RegisterForReflection
@Input("LabelInput")
@Description("A name or an alias in one language, as the sources spell it.")
public class LabelInput {

    @NonNull
    @Description("BCP 47 language tag: ar, en, ru, ...")
    public String lang;

    @NonNull
    @Description("The name as written.")
    public String text;

    @Description("True when no source spells it so and it comes from background knowledge (e.g. a transliteration).")
    public Boolean background;
}
