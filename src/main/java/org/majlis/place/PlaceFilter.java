package org.majlis.place;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("PlaceFilter")
@Description("Narrows a list of places; set fields combine with AND.")
public class PlaceFilter {

    @Description("Only places of this kind.")
    public PlaceKind kind;

    @Description("Only places in this country, ISO 3166-1 alpha-2: LY, RU.")
    public String country;
}
