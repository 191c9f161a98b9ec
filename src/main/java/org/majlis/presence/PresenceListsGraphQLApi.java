package org.majlis.presence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.majlis.document.Document;
import org.majlis.evidence.Sources;
import org.majlis.graphql.Batch;
import org.majlis.organisation.Organisation;
import org.majlis.place.Place;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The military presences of an organisation, a place and a document: fields this package adds to their types, since
 * the presence rows hold their keys. first and after are applied to each occurrence of these fields by
 * org.majlis.graphql.NestedPages.
 */
// By hand: Quarkus registers only the classes of top-level operations for reflection (docs/native.md).
@RegisterForReflection
@GraphQLApi
public class PresenceListsGraphQLApi {

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

    @NonNull
    @Name("militaryPresences")
    @Description("Military presences reported here, by id.")
    public List<@NonNull MilitaryPresenceConnection> placePresences(@Source List<Place> list,
            @Description("How many to return, 0 to 100.") @DefaultValue("20") Integer first,
            @Description("A cursor from a previous page: return what follows it.") String after) {
        return MilitaryPresenceConnection.nested(Batch.many(list, p -> p.slug,
                slugs -> MilitaryPresence.list("placeSlug in ?1 order by slug", slugs), m -> m.placeSlug));
    }

    @NonNull
    @Name("militaryPresences")
    @Description("Military presences the document reports, by id.")
    public List<@NonNull MilitaryPresenceConnection> documentPresences(@Source List<Document> list,
            @Description("How many to return, 0 to 100.") @DefaultValue("20") Integer first,
            @Description("A cursor from a previous page: return what follows it.") String after) {
        return MilitaryPresenceConnection.nested(Sources.reportedIn(list.stream().map(d -> d.slug).toList(),
                MilitaryPresence.TYPE, slugs -> MilitaryPresence.list("documentSlug in ?1 order by slug", slugs),
                p -> p.documentSlug, MilitaryPresence::findBySlugs, p -> p.slug, Comparator.comparing(p -> p.slug)));
    }
}
