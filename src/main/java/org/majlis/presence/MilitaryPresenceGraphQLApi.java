package org.majlis.presence;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.GraphQLException;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.majlis.document.Document;
import org.majlis.evidence.Evidence;
import org.majlis.evidence.EvidenceService;
import org.majlis.graphql.Batch;
import org.majlis.graphql.PageRequest;
import org.majlis.graphql.Party;
import org.majlis.label.Texts;
import org.majlis.organisation.Organisation;
import org.majlis.party.Parties;
import org.majlis.place.Place;

import io.smallrye.common.annotation.NonBlocking;

/** Military presences: whose forces are where, since when, backing whom. */
@GraphQLApi
public class MilitaryPresenceGraphQLApi {

    private final MilitaryPresenceService presences;
    private final EvidenceService evidence;

    public MilitaryPresenceGraphQLApi(MilitaryPresenceService presences, EvidenceService evidence) {
        this.presences = presences;
        this.evidence = evidence;
    }

    @Query
    @NonNull
    @Description("Military presences, filtered, by id; forward paging with first (at most 100) and after.")
    public MilitaryPresenceConnection militaryPresences(
            @Description("What to narrow the list to.") MilitaryPresenceFilter filter,
            @Description("How many to return, 0 to 100.") @DefaultValue("20") Integer first,
            @Description("A cursor from a previous page: return what follows it.") String after) throws GraphQLException {
        return presences.page(filter, PageRequest.of(first, after));
    }

    @NonNull
    @Description("Who is deployed: a private military company, an army, a corps.")
    public List<@NonNull Organisation> force(@Source List<MilitaryPresence> list) {
        return Batch.one(list, p -> p.forceSlug, Organisation::findBySlugs, o -> o.slug);
    }

    @Description("The state behind the force, when the source says.")
    public List<Organisation> sponsor(@Source List<MilitaryPresence> list) {
        return Batch.one(list, p -> p.sponsorSlug, Organisation::findBySlugs, o -> o.slug);
    }

    @NonNull
    @Description("The sides the presence backs: actors or organisations.")
    public List<@NonNull List<@NonNull Party>> supports(@Source List<MilitaryPresence> list) {
        List<List<PresenceSupport>> rows = Batch.many(list, p -> p.slug, PresenceSupport::forPresences, s -> s.presenceSlug);
        List<Party> parties = Parties.of(rows.stream().flatMap(List::stream).toList(), s -> s.party);
        List<List<Party>> result = new ArrayList<>(list.size());
        int at = 0;
        for (List<PresenceSupport> group : rows) {
            result.add(parties.subList(at, at + group.size()));
            at += group.size();
        }
        return result;
    }

    @Description("The base or site, when the source names one.")
    public List<Place> place(@Source List<MilitaryPresence> list) {
        return Batch.one(list, p -> p.placeSlug, Place::findBySlugs, p -> p.slug);
    }

    @Description("What the source says of the presence, summarised.")
    @Name("description")
    @NonBlocking
    public String description(@Source MilitaryPresence presence,
            @Description("ar for Arabic; anything else, or no Arabic text, gives English.") @DefaultValue("en") String lang) {
        return Texts.pick(presence.descriptionEn, presence.descriptionAr, lang);
    }

    @NonNull
    @Description("The quotes that report the presence; at least one.")
    public List<@NonNull List<@NonNull Evidence>> evidence(@Source List<MilitaryPresence> list) {
        return evidence.forClaims(list, MilitaryPresence::claim);
    }

    @NonNull
    @Name("document")
    @Description("The document that reports the presence.")
    public List<@NonNull Document> presenceDocument(@Source List<MilitaryPresence> list) {
        return Batch.one(list, p -> p.documentSlug, Document::findBySlugs, d -> d.slug);
    }

}
