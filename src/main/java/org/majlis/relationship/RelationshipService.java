package org.majlis.relationship;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

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
import org.majlis.party.PartyRef;
import org.majlis.store.SqlRows;

/** Reads relationships. */
@ApplicationScoped
public class RelationshipService {

    private final ListSizes sizes;

    public RelationshipService(ListSizes sizes) {
        this.sizes = sizes;
    }

    /** Relationships for node(id:) and nodes(ids:). */
    @Produces
    NodeFinder relationshipNodes() {
        return NodeFinder.of(Relationship.TYPE, Relationship::findBySlugs);
    }

    void measureLists(@Observes SeedsImported imported) {
        measureLists();
    }

    void measureLists(@Observes(during = TransactionPhase.AFTER_SUCCESS) GraphChanged changed) {
        if (changed.type().equals(Relationship.TYPE)) {
            sizes.soon(getClass().getName(), this::measureLists);
        }
    }

    private void measureLists() {
        sizes.measureRows("Query.relationships", "relationship");
        // At most one problem per field of the input, but for each quote's.
        sizes.record("RelationshipPayload.userErrors", List.of(RelationshipWrites.INPUT_FIELDS));
        sizes.measure("Relationship.history",
                "select count(*) from graph_change where node_id like 'Relationship:%' group by node_id");
        sizes.measure("Document.relationships", ClaimSource.reportsPerDocument("relationship", Relationship.TYPE));
        List<SameClaim.Facts> all = new ArrayList<>();
        for (Object[] row : sizes.select("select slug, document, kind, subject_actor, subject_organisation, object_actor, "
                + "object_organisation, start_earliest, end_latest, place from relationship")) {
            all.add(facts((String) row[0], (String) row[1], (String) row[2], side((String) row[3], (String) row[4]),
                    side((String) row[5], (String) row[6]), row[7] == null ? LocalDate.MIN : SqlRows.date(row[7]),
                    row[8] == null ? LocalDate.MAX : SqlRows.date(row[8]), (String) row[9]));
        }
        sizes.record("Relationship.similar", SameClaim.alikeAmong(all).values().stream().map(List::size).toList());
    }

    /**
     * For each relationship, the relationships of other documents of its kind that may be it reported again
     * ({@link SameClaim}: the same sides, periods that overlap, the same place or one not named), the likelier first;
     * one query a batch.
     */
    public List<List<Relationship>> similar(List<Relationship> relationships) {
        if (relationships.isEmpty()) {
            return List.of();
        }
        List<String> sides = relationships.stream().flatMap(r -> Stream.of(r.subjectRef, r.objectRef))
                .filter(side -> side != null && side.slug() != null).map(PartyRef::slug).distinct().toList();
        List<Relationship> candidates = Relationship.list("kind in ?1 and (subjectRef.actorSlug in ?2 "
                + "or subjectRef.organisationSlug in ?2 or objectRef.actorSlug in ?2 or objectRef.organisationSlug in ?2)",
                relationships.stream().map(r -> r.kind).distinct().toList(), sides);
        return SameClaim.similar(relationships, candidates, RelationshipService::facts);
    }

    private static SameClaim.Facts facts(Relationship r) {
        return facts(r.slug, r.documentSlug, r.kind.name(), side(r.subjectRef.actorSlug, r.subjectRef.organisationSlug),
                r.objectRef == null ? null : side(r.objectRef.actorSlug, r.objectRef.organisationSlug),
                r.start == null ? LocalDate.MIN : r.start.earliest, r.end == null ? LocalDate.MAX : r.end.latest, r.placeSlug);
    }

    /** A relationship's sides, each by its kind and global id, so that only relationships of one kind are alike. */
    private static SameClaim.Facts facts(String slug, String document, String kind, String subject, String object,
            LocalDate earliest, LocalDate latest, String place) {
        Set<String> sides = new HashSet<>();
        sides.add(kind + " " + subject);
        if (object != null) {
            sides.add(kind + " " + object);
        }
        return new SameClaim.Facts(slug, document, sides, earliest, latest, place);
    }

    /** A side's global id; null when there is none. */
    private static String side(String actor, String organisation) {
        return actor != null ? GlobalId.of("Actor", actor) : organisation != null ? GlobalId.of("Organisation", organisation) : null;
    }

    public RelationshipConnection page(RelationshipFilter filter, PageRequest page) throws InvalidArgumentException {
        ListQuery where = new ListQuery();
        if (filter != null) {
            if (filter.party != null) {
                PartyRef party = PartyRef.ofId(filter.party, "filter.party");
                where.and("(" + party.matches("r.subjectRef", "party") + " or " + party.matches("r.objectRef", "party") + ")",
                        "party", party.slug());
            }
            where.and("r.kind = :kind", "kind", filter.kind);
            where.and("r.status = :status", "status", filter.status);
        }
        return new RelationshipConnection(where.pageBySlug(Relationship.class, "Relationship r", page), page, () -> where.count("Relationship r"));
    }
}
