package org.majlis.actor;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.majlis.label.LabelInput;

import io.quarkus.runtime.annotations.RegisterForReflection;

@RegisterForReflection
@Input("AddActorInput")
@Description("A person new to the graph, by the names the sources give them.")
public class AddActorInput {

    @Description("The actor's slug, its id's second part (Actor:<slug>), which never changes; when left out, made of "
            + "the English name: Sergei Lavrov gives sergei-lavrov.")
    public String slug;

    @NonNull
    @Description("One name per language, one of them English (lang: en).")
    public List<@NonNull LabelInput> names;

    @Description("Other spellings, in any language.")
    public List<@NonNull LabelInput> aliases;
}
