package org.majlis.search;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.majlis.actor.Actor;
import org.majlis.evidence.Evidence;
import org.majlis.organisation.Organisation;
import org.majlis.place.Place;

/**
 * Where the documents name an actor, organisation or place. Mentions are found by the search index, not
 * stored: each is an Evidence made for the response and never persisted.
 */
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
    public List<@NonNull List<@NonNull Evidence>> actorMentions(@Source List<Actor> actors) {
        return mentions(actors, Actor::getId);
    }

    @NonNull
    @Name("mentions")
    @Description(DESCRIPTION)
    public List<@NonNull List<@NonNull Evidence>> organisationMentions(@Source List<Organisation> organisations) {
        return mentions(organisations, Organisation::getId);
    }

    @NonNull
    @Name("mentions")
    @Description(DESCRIPTION)
    public List<@NonNull List<@NonNull Evidence>> placeMentions(@Source List<Place> places) {
        return mentions(places, Place::getId);
    }

    private <T> List<List<Evidence>> mentions(List<T> nodes, Function<T, String> id) {
        return nodes.stream().map(n -> search.mentions(id.apply(n)).stream().map(MentionGraphQLApi::evidence).toList())
                .toList();
    }

    private static Evidence evidence(Mention mention) {
        Evidence evidence = new Evidence();
        evidence.documentSlug = mention.documentSlug();
        evidence.quote = mention.quote();
        evidence.startOffset = mention.start();
        evidence.endOffset = mention.end();
        return evidence;
    }
}
