package org.majlis.organisation;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("OrganisationFilter")
@Description("Narrows a list of organisations; set fields combine with AND.")
public class OrganisationFilter {

    @Description("Part of a name or alias, in any script, case-insensitive: 'wagner', 'فاغنر'.")
    public String name;

    @Description("Only organisations of this kind.")
    public OrganisationKind kind;

    @Description("Only organisations of this country, ISO 3166-1 alpha-2: LY, RU.")
    public String country;
}
