package org.majlis.organisation;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.majlis.label.LabelInput;

import io.quarkus.runtime.annotations.RegisterForReflection;

@RegisterForReflection
@Input("EditOrganisationInput")
@Description("What changes in an organisation, at the version it was read: a field left out stays as it is; a list "
        + "given replaces the organisation's whole.")
public class EditOrganisationInput {

    @Id
    @NonNull
    @Description("The organisation, e.g. Organisation:wagner-group.")
    public String id;

    @NonNull
    @Description("The version it was read at: a stale one is a CONFLICT, with the organisation as it now is.")
    public int version;

    @Description("A new kind.")
    public OrganisationKind kind;

    @Description("The names, all of them.")
    public List<@NonNull LabelInput> names;

    @Description("The aliases, all of them.")
    public List<@NonNull LabelInput> aliases;

    @Description("A new country code.")
    public String country;

    @Id
    @Description("A new parent.")
    public String parent;

    @Description("The background fields, all of them.")
    public List<@NonNull String> background;
}
