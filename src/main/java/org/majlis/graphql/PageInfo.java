package org.majlis.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Where a page sits in its list (Relay cursor connections).")
public class PageInfo {

    @NonNull
    @Description("Whether another page follows: pass endCursor as after to get it.")
    public boolean hasNextPage;

    @NonNull
    @Description("Always false: lists page forward only.")
    public boolean hasPreviousPage;

    @Description("The cursor of the first edge of this page; null when the page is empty.")
    public String startCursor;

    @Description("The cursor of the last edge of this page; null when the page is empty.")
    public String endCursor;
}
