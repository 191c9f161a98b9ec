package org.majlis.date;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.quarkus.runtime.annotations.RegisterForReflection;

@RegisterForReflection
@Input("DateInput")
@Description("A date as precisely as the source gives it, and the source's own words for it.")
public class DateInput {

    @NonNull
    @Description("YYYY, YYYY-MM or YYYY-MM-DD; a span as two of them joined by '/', e.g. 2019/2020.")
    public String iso;

    @Description("How the source words it, verbatim, e.g. «اليوم الاثنين».")
    public String text;
}
