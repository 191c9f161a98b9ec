package org.majlis.organisation;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.majlis.label.LabelInput;

import io.quarkus.runtime.annotations.RegisterForReflection;

@RegisterForReflection
@Input("AddOrganisationInput")
@Description("A body new to the graph (a state, a ministry, a force, a medium), by the names the sources give it.")
public class AddOrganisationInput {

    @Description("Its slug, its id's second part, which never changes; when left out, made of the English name.")
    public String slug;

    @NonNull
    @Description("What kind of organisation it is.")
    public OrganisationKind kind;

    @NonNull
    @Description("One name per language, one of them English (lang: en).")
    public List<@NonNull LabelInput> names;

    @Description("Other spellings, in any language.")
    public List<@NonNull LabelInput> aliases;

    @Description("ISO 3166-1 alpha-2 code of its country, e.g. LY.")
    public String country;

    @Id
    @Description("The organisation it is part of, e.g. Organisation:government-of-national-unity.")
    public String parent;

    @Description("Which of kind, country and parent no source states: background knowledge.")
    public List<@NonNull String> background;
}
