package org.majlis.place;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.majlis.label.LabelInput;

import io.quarkus.runtime.annotations.RegisterForReflection;

@RegisterForReflection
@Input("EditPlaceInput")
@Description("What changes in a place, at the version it was read: a field left out stays as it is; a list given "
        + "replaces the place's whole; coordinates change together.")
public class EditPlaceInput {

    @Id
    @NonNull
    @Description("The place, e.g. Place:benghazi.")
    public String id;

    @NonNull
    @Description("The version it was read at: a stale one is a CONFLICT, with the place as it now is.")
    public int version;

    @Description("A new kind.")
    public PlaceKind kind;

    @Description("The names, all of them.")
    public List<@NonNull LabelInput> names;

    @Description("The aliases, all of them.")
    public List<@NonNull LabelInput> aliases;

    @Description("A new country code.")
    public String country;

    @Description("A new latitude, with the longitude.")
    public Double latitude;

    @Description("A new longitude, with the latitude.")
    public Double longitude;

    @Description("The background fields, all of them.")
    public List<@NonNull String> background;
}
