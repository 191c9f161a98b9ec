package org.majlis.meeting;

import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.majlis.actor.Actor;
import org.majlis.document.Document;
import org.majlis.organisation.Organisation;
import org.majlis.place.Place;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The meetings of an actor, an organisation, a place and a document: fields this package adds to their types, since
 * the rows that tie them to a meeting (participations, the meeting's place and document) are this package's. first and after are
 * applied to each occurrence of these fields by org.majlis.graphql.NestedPages.
 */
// By hand: Quarkus registers only the classes of top-level operations for reflection (docs/native.md).
@RegisterForReflection
@GraphQLApi
public class MeetingListsGraphQLApi {

    private final MeetingService meetings;

    public MeetingListsGraphQLApi(MeetingService meetings) {
        this.meetings = meetings;
    }

    @NonNull
    @Name("meetings")
    @Description("Meetings the actor took part in, by date.")
    public List<@NonNull MeetingConnection> actorMeetings(@Source List<Actor> list,
            @Description("How many to return, 0 to 100.") @DefaultValue("20") Integer first,
            @Description("A cursor from a previous page: return what follows it.") String after) {
        return MeetingConnection.nested(meetings.viaParticipations(list, a -> a.slug,
                slugs -> Participation.list("actorSlug in ?1", slugs), p -> p.actorSlug));
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
    @Name("meetings")
    @Description("Meetings held here, by date.")
    public List<@NonNull MeetingConnection> placeMeetings(@Source List<Place> list,
            @Description("How many to return, 0 to 100.") @DefaultValue("20") Integer first,
            @Description("A cursor from a previous page: return what follows it.") String after) {
        return MeetingConnection.nested(meetings.atPlaces(list));
    }

    @NonNull
    @Name("meetings")
    @Description("Meetings the document reports, by date.")
    public List<@NonNull MeetingConnection> documentMeetings(@Source List<Document> list,
            @Description("How many to return, 0 to 100.") @DefaultValue("20") Integer first,
            @Description("A cursor from a previous page: return what follows it.") String after) {
        return MeetingConnection.nested(meetings.inDocuments(list));
    }
}
