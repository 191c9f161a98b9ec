package org.majlis.place;

import org.eclipse.microprofile.graphql.Description;

@Description("What a place is.")
public enum PlaceKind {
    @Description("A city or town.")
    CITY,
    @Description("A military base or air base.")
    MILITARY_BASE,
    @Description("A region of a country.")
    REGION,
    @Description("A whole country.")
    COUNTRY
}
