package org.majlis.organisation;

import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.GraphQLException;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.majlis.graphql.Batch;
import org.majlis.graphql.PageRequest;

/** Organisations and the organisation each is part of. */
@GraphQLApi
public class OrganisationGraphQLApi {

    private final OrganisationService organisations;

    public OrganisationGraphQLApi(OrganisationService organisations) {
        this.organisations = organisations;
    }

    @Query
    @NonNull
    @Description("States, governments, ministries, forces and bodies, filtered, by id; forward paging with first and after.")
    public OrganisationConnection organisations(
            @Description("What to narrow the list to.") OrganisationFilter filter,
            @Description("How many to return, 0 to 100.") @DefaultValue("20") Integer first,
            @Description("A cursor from a previous page: return what follows it.") String after) throws GraphQLException {
        return organisations.page(filter, PageRequest.of(first, after));
    }

    @Description("The organisation this one is part of: a ministry's government, a government's state.")
    public List<Organisation> parent(@Source List<Organisation> list) {
        return Batch.one(list, o -> o.parentSlug, Organisation::findBySlugs, o -> o.slug);
    }
}
