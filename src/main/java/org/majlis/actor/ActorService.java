package org.majlis.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
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
import org.majlis.store.SqlRows;

/** Reads actors and what hangs off them. */
@ApplicationScoped
public class ActorService {

    private final ListSizes sizes;

    public ActorService(ListSizes sizes) {
        this.sizes = sizes;
    }

    /** Actors for node(id:) and nodes(ids:). */
    @Produces
    NodeFinder actorNodes() {
        return NodeFinder.of(Actor.TYPE, Actor::findBySlugs);
    }

    /** Roles for node(id:) and nodes(ids:). */
    @Produces
    NodeFinder roleNodes() {
        return NodeFinder.of(Role.TYPE, Role::findBySlugs);
    }

    void measureLists(@Observes SeedsImported imported) {
        measureLists();
    }

    void measureLists(@Observes(during = TransactionPhase.AFTER_SUCCESS) GraphChanged changed) {
        if (changed.type().equals(Actor.TYPE) || changed.type().equals(Role.TYPE)) {
            sizes.soon(getClass().getName(), this::measureLists);
        }
    }

    private void measureLists() {
        sizes.measureRows("Query.actors", "actor");
        // At most one problem per field of the input, but for each name's and alias's.
        sizes.record("ActorPayload.userErrors", List.of(ActorWrites.INPUT_FIELDS));
        sizes.record("RolePayload.userErrors", List.of(RoleWrites.INPUT_FIELDS));
        sizes.measure("Actor.history", "select count(*) from graph_change where node_id like 'Actor:%' group by node_id");
        sizes.measure("Role.history", "select count(*) from graph_change where node_id like 'Role:%' group by node_id");
        sizes.measure("Actor.roles", "select count(*) from role group by actor");
        sizes.measure("Document.roles", ClaimSource.reportsPerDocument("role", Role.TYPE));
        sizes.measure("Organisation.members",
                "select count(*) from role where organisation is not null group by organisation");
        List<SameClaim.Facts> all = new ArrayList<>();
        for (Object[] row : sizes.select("select id, document, actor, organisation, start_earliest, end_latest from role")) {
            all.add(facts((String) row[0], (String) row[1], (String) row[2], (String) row[3],
                    row[4] == null ? LocalDate.MIN : SqlRows.date(row[4]), row[5] == null ? LocalDate.MAX : SqlRows.date(row[5])));
        }
        sizes.record("Role.similar", SameClaim.alikeAmong(all).values().stream().map(List::size).toList());
    }

    /**
     * For each role, the roles of other documents that may be it reported again ({@link SameClaim}: the same holder
     * and organisation, periods that overlap), the likelier first; one query a batch.
     */
    public List<List<Role>> similar(List<Role> roles) {
        if (roles.isEmpty()) {
            return List.of();
        }
        return SameClaim.similar(roles, Role.list("actorSlug in ?1", roles.stream().map(r -> r.actorSlug).distinct().toList()),
                r -> facts(r.slug, r.documentSlug, r.actorSlug, r.organisationSlug,
                        r.start == null ? LocalDate.MIN : r.start.earliest, r.end == null ? LocalDate.MAX : r.end.latest));
    }

    /** A role's parties: its holder and its organisation; it has no place. */
    private static SameClaim.Facts facts(String slug, String document, String actor, String organisation, LocalDate earliest,
            LocalDate latest) {
        Set<String> parties = new HashSet<>();
        parties.add(GlobalId.of(Actor.TYPE, actor));
        if (organisation != null) {
            parties.add(GlobalId.of(Organisation.TYPE, organisation));
        }
        return new SameClaim.Facts(slug, document, parties, earliest, latest, null);
    }

    public ActorConnection page(ActorFilter filter, PageRequest page) throws InvalidArgumentException {
        ListQuery where = new ListQuery();
        if (filter != null) {
            where.and("exists (select 1 from Label l where l.nodeId = concat('Actor:', a.slug) and lower(l.text) like :name)",
                    "name", filter.name == null ? null : "%" + filter.name.toLowerCase(Locale.ROOT) + "%");
            where.and("exists (select 1 from Role r where r.actorSlug = a.slug and r.organisationSlug = :organisation)",
                    "organisation", GlobalId.slugOf(filter.organisation, Organisation.TYPE, "filter.organisation"));
        }
        return new ActorConnection(where.pageBySlug(Actor.class, "Actor a", page), page, () -> where.count("Actor a"));
    }

}
