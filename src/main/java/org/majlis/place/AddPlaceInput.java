package org.majlis.place;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.majlis.label.LabelInput;

import io.quarkus.runtime.annotations.RegisterForReflection;

@RegisterForReflection
@Input("AddPlaceInput")
@Description("A place new to the graph (a city, a base, a region), by the names the sources give it.")
public class AddPlaceInput {

    @Description("Its slug, its id's second part, which never changes; when left out, made of the English name.")
    public String slug;

    @NonNull
    @Description("What kind of place it is.")
    public PlaceKind kind;

    @NonNull
    @Description("One name per language, one of them English (lang: en).")
    public List<@NonNull LabelInput> names;

    @Description("Other spellings, in any language.")
    public List<@NonNull LabelInput> aliases;

    @Description("ISO 3166-1 alpha-2 code of its country, e.g. LY.")
    public String country;

    @Description("Latitude in degrees (WGS 84), with longitude or not at all.")
    public Double latitude;

    @Description("Longitude in degrees (WGS 84), with latitude or not at all.")
    public Double longitude;

    @Description("Which of kind, country, latitude and longitude no source states: background knowledge.")
    public List<@NonNull String> background;
}
