package org.majlis.search;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.majlis.actor.Actor;
import org.majlis.evidence.Evidence;
import org.majlis.evidence.EvidenceConnection;
import org.majlis.organisation.Organisation;
import org.majlis.place.Place;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Where the documents name an actor, organisation or place. Mentions are found by the search index, not
 * stored: each is an Evidence made for the response and never persisted. {@code first} and {@code after} are applied to
 * each occurrence of the field by org.majlis.graphql.NestedPages.
 */
// By hand: Quarkus registers only the classes of top-level operations for reflection (docs/native.md).
@RegisterForReflection
@GraphQLApi
public class MentionGraphQLApi {

    private static final String DESCRIPTION = "Every place a document names this node by one of its names or "
            + "aliases, in any spelling variant and with clitics glued on (لحفتر), by document and position. "
            + "The quote is the name exactly as the document writes it, clitics left out.";

    private final SearchService search;

    public MentionGraphQLApi(SearchService search) {
        this.search = search;
    }

    @NonNull
    @Name("mentions")
    @Description(DESCRIPTION)
    public List<@NonNull EvidenceConnection> actorMentions(@Source List<Actor> actors,
            @Description("How many to return, 0 to 100.") @DefaultValue("20") Integer first,
            @Description("A cursor from a previous page: return what follows it.") String after) {
        return mentions(actors, Actor::getId);
    }

    @NonNull
    @Name("mentions")
    @Description(DESCRIPTION)
    public List<@NonNull EvidenceConnection> organisationMentions(@Source List<Organisation> organisations,
            @Description("How many to return, 0 to 100.") @DefaultValue("20") Integer first,
            @Description("A cursor from a previous page: return what follows it.") String after) {
        return mentions(organisations, Organisation::getId);
    }

    @NonNull
    @Name("mentions")
    @Description(DESCRIPTION)
    public List<@NonNull EvidenceConnection> placeMentions(@Source List<Place> places,
            @Description("How many to return, 0 to 100.") @DefaultValue("20") Integer first,
            @Description("A cursor from a previous page: return what follows it.") String after) {
        return mentions(places, Place::getId);
    }

    private <T> List<EvidenceConnection> mentions(List<T> nodes, Function<T, String> id) {
        return EvidenceConnection.nested(nodes.stream()
                .map(n -> search.mentions(id.apply(n)).stream().map(MentionGraphQLApi::evidence).toList()).toList());
    }

    private static Evidence evidence(Mention mention) {
        return Evidence.passage(mention.documentSlug(), mention.start(), mention.end(), mention.quote());
    }
}
