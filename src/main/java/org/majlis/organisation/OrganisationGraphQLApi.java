package org.majlis.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.GraphQLException;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.majlis.actor.Role;
import org.majlis.actor.RoleConnection;
import org.majlis.graphql.Batch;
import org.majlis.graphql.PageRequest;
import org.majlis.label.Label;
import org.majlis.label.LabelService;
import org.majlis.meeting.MeetingConnection;
import org.majlis.meeting.MeetingService;
import org.majlis.meeting.Participation;
import org.majlis.presence.MilitaryPresence;
import org.majlis.presence.MilitaryPresenceConnection;

/** Organisations and what ties actors, meetings and forces to them. */
@GraphQLApi
public class OrganisationGraphQLApi {

    private final OrganisationService organisations;
    private final LabelService labels;
    private final MeetingService meetings;

    public OrganisationGraphQLApi(OrganisationService organisations, LabelService labels, MeetingService meetings) {
        this.organisations = organisations;
        this.labels = labels;
        this.meetings = meetings;
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

    @NonNull
    @Description("The organisation's name in a language, falling back to English.")
    public String name(@Source Organisation organisation,
            @Description("A BCP 47 language tag: en, ar, ...") @DefaultValue("en") String lang) {
        return labels.name(organisation.getId(), lang);
    }

    @NonNull
    @Description("Every name of the organisation, one per language.")
    public List<@NonNull Label> names(@Source Organisation organisation) {
        return labels.labels(organisation.getId(), false);
    }

    @NonNull
    @Description("Other spellings and names: acronyms, transliterations.")
    public List<@NonNull Label> aliases(@Source Organisation organisation) {
        return labels.labels(organisation.getId(), true);
    }

    @Description("The organisation this one is part of: a ministry's government, a government's state.")
    public List<Organisation> parent(@Source List<Organisation> list) {
        return Batch.one(list, o -> o.parentSlug, Organisation::findBySlugs, o -> o.slug);
    }

    /** first and after are applied to each occurrence of these fields by org.majlis.graphql.NestedPages. */
    @NonNull
    @Description("Roles held in the organisation, as reported, by document.")
    public List<@NonNull RoleConnection> members(@Source List<Organisation> list,
            @Description("How many to return, 0 to 100.") @DefaultValue("20") Integer first,
            @Description("A cursor from a previous page: return what follows it.") String after) {
        return RoleConnection.nested(Batch.many(list, o -> o.slug, Role::forOrganisations, r -> r.organisationSlug));
    }

    @NonNull
    @Name("meetings")
    @Description("Meetings where someone took part on the organisation's behalf, by date.")
    public List<@NonNull MeetingConnection> organisationMeetings(@Source List<Organisation> list,
            @Description("How many to return, 0 to 100.") @DefaultValue("20") Integer first,
            @Description("A cursor from a previous page: return what follows it.") String after) {
        return MeetingConnection.nested(meetings.viaParticipations(list, o -> o.slug,
                slugs -> Participation.list("onBehalfOfSlug in ?1", slugs), p -> p.onBehalfOfSlug));
    }

    @NonNull
    @Description("Military presences of the organisation's forces, or that it sponsors, by id.")
    public List<@NonNull MilitaryPresenceConnection> militaryPresences(@Source List<Organisation> list,
            @Description("How many to return, 0 to 100.") @DefaultValue("20") Integer first,
            @Description("A cursor from a previous page: return what follows it.") String after) {
        List<List<MilitaryPresence>> forces = Batch.many(list, o -> o.slug,
                slugs -> MilitaryPresence.list("forceSlug in ?1 order by slug", slugs), p -> p.forceSlug);
        List<List<MilitaryPresence>> sponsored = Batch.many(list, o -> o.slug,
                slugs -> MilitaryPresence.list("sponsorSlug in ?1 and forceSlug <> sponsorSlug order by slug", slugs),
                p -> p.sponsorSlug);
        return MilitaryPresenceConnection.nested(IntStream.range(0, list.size()).mapToObj(i -> {
            List<MilitaryPresence> all = new ArrayList<>(forces.get(i));
            all.addAll(sponsored.get(i));
            return all;
        }).toList());
    }
}
