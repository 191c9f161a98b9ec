package org.majlis.search;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.GraphQLException;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.majlis.actor.Actor;
import org.majlis.graphql.InvalidArgumentException;
import org.majlis.graphql.Node;
import org.majlis.graphql.PageRequest;
import org.majlis.organisation.Organisation;
import org.majlis.place.Place;

/** Finds actors, organisations and places by any of their names, in any script and spelling. */
@GraphQLApi
public class SearchGraphQLApi {

    /** Longer texts are not names; the limit bounds the work of one request. */
    static final int MAX_TEXT = 200;

    private static final Map<NodeKind, Function<Collection<String>, List<? extends Node>>> FINDERS = Map.of(
            NodeKind.ACTOR, Actor::findBySlugs,
            NodeKind.ORGANISATION, Organisation::findBySlugs,
            NodeKind.PLACE, Place::findBySlugs);

    private final SearchService search;

    public SearchGraphQLApi(SearchService search) {
        this.search = search;
    }

    @Query
    @NonNull
    @Description("Actors, organisations and places by name in any script and common transliterations: 'Lavrov', "
            + "'لافروف', 'Haftar', 'Hifter', 'حفتر', 'لحفتر'. Best first: exact names, then the same name spelt "
            + "differently, then close spellings and other scripts. The text needs at least two letters.")
    public List<@NonNull SearchHit> search(
            @NonNull @Description("A name, or part of one, as a user types it (at most 200 characters).") String text,
            // List<NodeKind>, not List<@NonNull NodeKind>: SmallRye would make the list itself required (issue 753).
            @Description("The kinds of node to find; all when not given.") List<NodeKind> kinds,
            @Description("How many hits to return, 0 to 100.") @DefaultValue("20") Integer first)
            throws GraphQLException {
        if (text.length() > MAX_TEXT) {
            throw new InvalidArgumentException("text may be at most " + MAX_TEXT + " characters, not " + text.length());
        }
        if (text.codePoints().filter(Character::isLetterOrDigit).count() < 2) {
            throw new InvalidArgumentException("text needs at least two letters, not '" + text + "'");
        }
        int limit = PageRequest.of(first, null).first();
        Set<NodeKind> wanted = EnumSet.noneOf(NodeKind.class);
        if (kinds != null) {
            kinds.stream().filter(Objects::nonNull).forEach(wanted::add);
        }
        if (wanted.isEmpty()) {
            wanted = EnumSet.allOf(NodeKind.class);
        }
        List<NameMatch> matches = search.search(text, wanted, limit);
        Map<String, Node> nodes = load(matches);
        return matches.stream().filter(m -> nodes.containsKey(m.name().nodeId()))
                .map(m -> new SearchHit(nodes.get(m.name().nodeId()), m)).toList();
    }

    /** The matched nodes by id, one query per kind. */
    private static Map<String, Node> load(List<NameMatch> matches) {
        Map<NodeKind, List<String>> slugs = matches.stream().collect(Collectors.groupingBy(m -> m.name().kind(),
                Collectors.mapping(m -> m.name().nodeId().substring(m.name().nodeId().indexOf(':') + 1),
                        Collectors.toList())));
        Map<String, Node> nodes = new HashMap<>();
        slugs.forEach((kind, list) -> FINDERS.get(kind).apply(list).forEach(n -> nodes.put(n.getId(), n)));
        return nodes;
    }
}
