package org.majlis.date;

import org.eclipse.microprofile.graphql.Description;

@Description("How much of a date the source gives.")
public enum DatePrecision {
    @Description("A day: 2024-05-13.")
    DAY,
    @Description("A month: 2023-08.")
    MONTH,
    @Description("A year, or a span of whole years: 2019, 2019/2020.")
    YEAR
}
