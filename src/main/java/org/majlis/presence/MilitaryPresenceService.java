package org.majlis.presence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Produces;

import org.majlis.events.GraphChanged;
import org.majlis.events.SeedsImported;
import org.majlis.evidence.ClaimSource;
import org.majlis.evidence.SameClaim;
import org.majlis.graphql.GlobalId;
import org.majlis.graphql.InvalidArgumentException;
import org.majlis.graphql.ListQuery;
import org.majlis.graphql.ListSizes;
import org.majlis.graphql.NodeFinder;
import org.majlis.graphql.PageRequest;
import org.majlis.organisation.Organisation;
import org.majlis.party.PartyRef;
import org.majlis.place.Place;
import org.majlis.store.SqlRows;

/** Reads military presences. */
@ApplicationScoped
public class MilitaryPresenceService {

    private final ListSizes sizes;

    public MilitaryPresenceService(ListSizes sizes) {
        this.sizes = sizes;
    }

    /** Military presences for node(id:) and nodes(ids:). */
    @Produces
    NodeFinder presenceNodes() {
        return NodeFinder.of(MilitaryPresence.TYPE, MilitaryPresence::findBySlugs);
    }

    void measureLists(@Observes SeedsImported imported) {
        measureLists();
    }

    void measureLists(@Observes(during = TransactionPhase.AFTER_SUCCESS) GraphChanged changed) {
        if (changed.type().equals(MilitaryPresence.TYPE)) {
            sizes.soon(getClass().getName(), this::measureLists);
        }
    }

    private void measureLists() {
        sizes.measureRows("Query.militaryPresences", "military_presence");
        // At most one problem per field of the input, but for each side's and quote's.
        sizes.record("MilitaryPresencePayload.userErrors", List.of(MilitaryPresenceWrites.INPUT_FIELDS));
        sizes.measure("MilitaryPresence.history",
                "select count(*) from graph_change where node_id like 'MilitaryPresence:%' group by node_id");
        sizes.measure("Organisation.militaryPresences", "select count(*) from military_presence p, organisation o "
                + "where p.force_organisation = o.slug or p.sponsor = o.slug group by o.slug");
        sizes.measure("Place.militaryPresences",
                "select count(*) from military_presence where place is not null group by place");
        sizes.measure("Document.militaryPresences", ClaimSource.reportsPerDocument("military_presence", MilitaryPresence.TYPE));
        sizes.measure("MilitaryPresence.supports", "select count(*) from presence_support group by presence");
        List<SameClaim.Facts> all = new ArrayList<>();
        for (Object[] row : sizes.select("select slug, document, force_organisation, start_earliest, end_latest, place "
                + "from military_presence")) {
            all.add(new SameClaim.Facts((String) row[0], (String) row[1], Set.of((String) row[2]),
                    row[3] == null ? LocalDate.MIN : SqlRows.date(row[3]), row[4] == null ? LocalDate.MAX : SqlRows.date(row[4]),
                    (String) row[5]));
        }
        sizes.record("MilitaryPresence.similar", SameClaim.alikeAmong(all).values().stream().map(List::size).toList());
    }

    /**
     * For each presence, the presences of other documents that may be the same one reported again ({@link SameClaim}:
     * the same force, periods that overlap, the same place or one not named), the likelier first; one query a batch.
     */
    public List<List<MilitaryPresence>> similar(List<MilitaryPresence> presences) {
        if (presences.isEmpty()) {
            return List.of();
        }
        return SameClaim.similar(presences, MilitaryPresence.list("forceSlug in ?1",
                presences.stream().map(p -> p.forceSlug).distinct().toList()), MilitaryPresenceService::facts);
    }

    /** A presence goes on from its start, or from always when the source gives none, to its end, or on. */
    private static SameClaim.Facts facts(MilitaryPresence presence) {
        return new SameClaim.Facts(presence.slug, presence.documentSlug, Set.of(presence.forceSlug),
                presence.start == null ? LocalDate.MIN : presence.start.earliest,
                presence.end == null ? LocalDate.MAX : presence.end.latest, presence.placeSlug);
    }

    public MilitaryPresenceConnection page(MilitaryPresenceFilter filter, PageRequest page) throws InvalidArgumentException {
        ListQuery where = new ListQuery();
        if (filter != null) {
            where.and("p.forceSlug = :force", "force", GlobalId.slugOf(filter.force, Organisation.TYPE, "filter.force"));
            where.and("p.sponsorSlug = :sponsor", "sponsor", GlobalId.slugOf(filter.sponsor, Organisation.TYPE, "filter.sponsor"));
            supports(where, filter.supports);
            where.and("p.hostCountry = :hostCountry", "hostCountry",
                    filter.hostCountry == null ? null : filter.hostCountry.toUpperCase(Locale.ROOT));
            where.and("p.placeSlug = :place", "place", GlobalId.slugOf(filter.place, Place.TYPE, "filter.place"));
            where.and("(p.end is null or p.end.latest >= :from)", "from", filter.from);
            where.and("(p.start is null or p.start.earliest <= :to)", "to", filter.to);
            where.and("p.status = :status", "status", filter.status);
            where.and(ClaimSource.reportedByAtLeast(MilitaryPresence.TYPE, "p"), "furtherSources",
                    ClaimSource.furtherSources(filter.minSources));
        }
        return new MilitaryPresenceConnection(where.pageBySlug(MilitaryPresence.class, "MilitaryPresence p", page), page, () -> where.count("MilitaryPresence p"));
    }

    private static void supports(ListQuery where, String supports) throws InvalidArgumentException {
        if (supports != null) {
            PartyRef party = PartyRef.ofId(supports, "filter.supports");
            where.and("exists (select 1 from PresenceSupport s where s.presenceSlug = p.slug and "
                    + party.matches("s.party", "supports") + ")", "supports", party.slug());
        }
    }
}
