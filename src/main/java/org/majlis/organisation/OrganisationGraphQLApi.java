package org.majlis.organisation;

import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.GraphQLException;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.majlis.auth.Roles;
import org.majlis.auth.Writers;
import org.majlis.change.ChangeConnection;
import org.majlis.change.ChangeService;
import org.majlis.graphql.Batch;
import org.majlis.graphql.PageRequest;
import org.majlis.label.MergeInput;

/** Organisations and the organisation each is part of. */
@GraphQLApi
public class OrganisationGraphQLApi {

    private final OrganisationService organisations;
    private final OrganisationWrites writes;
    private final Writers writers;
    private final ChangeService changes;

    public OrganisationGraphQLApi(OrganisationService organisations, OrganisationWrites writes, Writers writers, ChangeService changes) {
        this.organisations = organisations;
        this.writes = writes;
        this.writers = writers;
        this.changes = changes;
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

    @NonNull
    @Name("history")
    @Description("Every change made to the organisation since it was imported or added, oldest first: who, when, and its "
            + "fields before and after.")
    public List<@NonNull ChangeConnection> organisationHistory(@Source List<Organisation> list,
            @Description("How many to return, 0 to 100.") @DefaultValue("20") Integer first,
            @Description("A cursor from a previous page: return what follows it.") String after) {
        return changes.histories(list, Organisation::getId);
    }

    @Mutation
    @NonNull
    @Description("Adds a body to the graph by its names, kind, country and parent; search and mentions find it at once. Needs the role analyst or curator.")
    public OrganisationPayload addOrganisation(@NonNull @Description("The organisation.") AddOrganisationInput input) throws GraphQLException {
        return writes.add(input, writers.require(Roles.ANALYST, Roles.CURATOR));
    }

    @Mutation
    @NonNull
    @Description("Changes an organisation, naming the version it was read at. Needs the role analyst or curator.")
    public OrganisationPayload editOrganisation(@NonNull @Description("The organisation, its version, and what changes.") EditOrganisationInput input)
            throws GraphQLException {
        return writes.edit(input, writers.require(Roles.ANALYST, Roles.CURATOR));
    }

    @Mutation
    @NonNull
    @Description("Folds an organisation found to be another into it: its claims, documents and parts become the "
            + "survivor's, its names the survivor's aliases, and its id (and the ids of roles named after it) answer as "
            + "the survivor's. Needs the role curator.")
    public OrganisationPayload mergeOrganisations(
            @NonNull @Description("The organisation that goes, the one that stays, and why.") MergeInput input)
            throws GraphQLException {
        return writes.merge(input, writers.require(Roles.CURATOR));
    }
}
