package org.majlis.meeting;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Produces;

import org.majlis.actor.Actor;
import org.majlis.document.Document;
import org.majlis.events.GraphChanged;
import org.majlis.events.SeedsImported;
import org.majlis.evidence.ClaimSource;
import org.majlis.evidence.SameClaim;
import org.majlis.evidence.Sources;
import org.majlis.graphql.Batch;
import org.majlis.graphql.GlobalId;
import org.majlis.graphql.InvalidArgumentException;
import org.majlis.graphql.ListQuery;
import org.majlis.graphql.ListSizes;
import org.majlis.graphql.NodeFinder;
import org.majlis.graphql.PageRequest;
import org.majlis.organisation.Organisation;
import org.majlis.place.Place;
import org.majlis.store.SqlRows;

/** Reads meetings, their participants and statements. */
@ApplicationScoped
public class MeetingService {

    private static final String BY_DATE = "m.date.earliest, m.slug";

    private final ListSizes sizes;

    public MeetingService(ListSizes sizes) {
        this.sizes = sizes;
    }

    /** Meetings for node(id:) and nodes(ids:). */
    @Produces
    NodeFinder meetingNodes() {
        return NodeFinder.of(Meeting.TYPE, Meeting::findBySlugs);
    }

    /** Participations for node(id:) and nodes(ids:). */
    @Produces
    NodeFinder participationNodes() {
        return NodeFinder.of(Participation.TYPE, Participation::findBySlugs);
    }

    /** Statements for node(id:) and nodes(ids:). */
    @Produces
    NodeFinder statementNodes() {
        return NodeFinder.of(Statement.TYPE, Statement::findBySlugs);
    }

    void measureLists(@Observes SeedsImported imported) {
        measureLists();
    }

    void measureLists(@Observes(during = TransactionPhase.AFTER_SUCCESS) GraphChanged changed) {
        if (changed.type().equals(Meeting.TYPE) || changed.type().equals(Statement.TYPE)) {
            sizes.soon(getClass().getName(), this::measureLists);
        }
    }

    private void measureLists() {
        sizes.measureRows("Query.meetings", "meeting");
        // At most one problem per field of the input, but for each participant's and quote's.
        sizes.record("MeetingPayload.userErrors", List.of(MeetingWrites.INPUT_FIELDS));
        sizes.record("StatementPayload.userErrors", List.of(StatementWrites.INPUT_FIELDS));
        sizes.measure("Meeting.history", "select count(*) from graph_change where node_id like 'Meeting:%' group by node_id");
        sizes.measure("Statement.history",
                "select count(*) from graph_change where node_id like 'Statement:%' group by node_id");
        sizes.measure("Actor.meetings", "select count(distinct meeting) from participation group by actor");
        sizes.measure("Organisation.meetings", "select count(distinct meeting) from participation "
                + "where on_behalf_of is not null group by on_behalf_of");
        sizes.measure("Document.meetings", ClaimSource.reportsPerDocument("meeting", Meeting.TYPE));
        sizes.measure("Place.meetings", "select count(*) from meeting where place is not null group by place");
        sizes.measure("Meeting.participants", "select count(*) from participation group by meeting");
        sizes.measure("Meeting.statements", "select count(*) from statement group by meeting");
        sizes.record("Meeting.similar", similarCounts());
    }

    /** How many meetings are alike each that has any, over every meeting: the rule run in memory, as check runs it. */
    private List<Integer> similarCounts() {
        Map<String, Set<String>> participants = new HashMap<>();
        for (Object[] row : sizes.select("select meeting, actor from participation")) {
            participants.computeIfAbsent((String) row[0], k -> new HashSet<>()).add((String) row[1]);
        }
        List<SameClaim.Facts> facts = new ArrayList<>();
        for (Object[] row : sizes.select("select slug, document, date_earliest, date_latest, place from meeting")) {
            facts.add(new SameClaim.Facts((String) row[0], (String) row[1], participants.getOrDefault((String) row[0],
                    Set.of()), SqlRows.date(row[2]), SqlRows.date(row[3]), (String) row[4]));
        }
        return SameClaim.alikeAmong(facts).values().stream().map(List::size).toList();
    }

    public MeetingConnection page(MeetingFilter filter, MeetingOrder order, PageRequest page) throws InvalidArgumentException {
        ListQuery where = new ListQuery();
        if (filter != null) {
            where.and("exists (select 1 from Participation p where p.meetingSlug = m.slug and p.actorSlug = :participant)",
                    "participant", GlobalId.slugOf(filter.participant, Actor.TYPE, "filter.participant"));
            where.and("exists (select 1 from Participation p where p.meetingSlug = m.slug and p.onBehalfOfSlug = :organisation)",
                    "organisation", GlobalId.slugOf(filter.organisation, Organisation.TYPE, "filter.organisation"));
            where.and("m.placeSlug = :place", "place", GlobalId.slugOf(filter.place, Place.TYPE, "filter.place"));
            where.and("m.date.latest >= :from", "from", filter.from);
            where.and("m.date.earliest <= :to", "to", filter.to);
            where.and("m.kind = :kind", "kind", filter.kind);
            where.and("m.status = :status", "status", filter.status);
            where.and(ClaimSource.reportedByAtLeast(Meeting.TYPE, "m"), "furtherSources",
                    ClaimSource.furtherSources(filter.minSources));
        }
        ListQuery counted = where.copy();
        boolean descending = order == MeetingOrder.DATE_DESC;
        if (page.afterKey() != null) {
            String[] key = parseKey(page.afterKey());
            where.and(descending ? "(m.date.earliest < :afterDate or (m.date.earliest = :afterDate and m.slug < :afterSlug))"
                    : "(m.date.earliest > :afterDate or (m.date.earliest = :afterDate and m.slug > :afterSlug))",
                    "afterDate", LocalDate.parse(key[0]));
            where.parameters().put("afterSlug", key[1]);
        }
        String sort = descending ? "m.date.earliest desc, m.slug desc" : BY_DATE;
        List<Meeting> rows = Meeting.<Meeting> find("from Meeting m where " + where.where() + " order by " + sort,
                where.parameters()).range(0, page.first()).list();
        return new MeetingConnection(rows, page,
                () -> Meeting.count("from Meeting m where " + counted.where(), counted.parameters()));
    }

    static String key(Meeting meeting) {
        return meeting.date.earliest + "|" + meeting.slug;
    }

    private static String[] parseKey(String key) throws InvalidArgumentException {
        String[] parts = key.split("\\|", 2);
        try {
            if (parts.length == 2) {
                LocalDate.parse(parts[0]);
                return parts;
            }
        } catch (DateTimeParseException e) {
            // answered below
        }
        throw new InvalidArgumentException("after is not a cursor of a meetings list");
    }

    /**
     * For each parent, the distinct meetings its participations lead to, by date: an actor's meetings, or an
     * organisation's (through participations on its behalf).
     */
    public <S> List<List<Meeting>> viaParticipations(List<S> parents, Function<S, String> key,
            Function<Collection<String>, List<Participation>> participations, Function<Participation, String> participationKey) {
        List<List<Participation>> grouped = Batch.many(parents, key, participations, participationKey);
        Set<String> slugs = grouped.stream().flatMap(List::stream).map(p -> p.meetingSlug).collect(Collectors.toSet());
        Map<String, Meeting> meetings = slugs.isEmpty() ? Map.of()
                : Meeting.findBySlugs(slugs).stream().collect(Collectors.toMap(m -> m.slug, m -> m));
        List<List<Meeting>> result = new ArrayList<>(parents.size());
        for (List<Participation> group : grouped) {
            Set<String> own = new LinkedHashSet<>();
            group.forEach(p -> own.add(p.meetingSlug));
            result.add(own.stream().map(meetings::get).sorted(Comparator.comparing(MeetingService::key)).toList());
        }
        return result;
    }

    public List<List<Meeting>> atPlaces(List<Place> places) {
        return Batch.many(places, p -> p.slug, slugs -> Meeting.list("placeSlug in ?1 order by date.earliest, slug", slugs),
                m -> m.placeSlug);
    }

    public List<List<Meeting>> inDocuments(List<Document> documents) {
        return Sources.reportedIn(documents.stream().map(d -> d.slug).toList(), Meeting.TYPE,
                slugs -> Meeting.list("documentSlug in ?1 order by date.earliest, slug", slugs), m -> m.documentSlug,
                Meeting::findBySlugs, m -> m.slug, Comparator.comparing((Meeting m) -> m.date.earliest).thenComparing(m -> m.slug));
    }

    /**
     * For each meeting, the meetings of other documents that may be the same event ({@link SameClaim}), the likelier
     * first: three queries for the batch (its participants; the meetings of those participants in the batch's span of
     * time; theirs).
     */
    public List<List<Meeting>> similar(List<Meeting> meetings) {
        if (meetings.isEmpty()) {
            return List.of();
        }
        Map<String, Set<String>> participants = participantsOf(meetings.stream().map(m -> m.slug).toList());
        Set<String> actors = new HashSet<>();
        participants.values().forEach(actors::addAll);
        if (actors.isEmpty()) {
            return meetings.stream().map(m -> List.<Meeting> of()).toList();
        }
        LocalDate from = meetings.stream().map(m -> m.date.earliest).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate to = meetings.stream().map(m -> m.date.latest).max(Comparator.naturalOrder()).orElseThrow();
        List<Meeting> candidates = Meeting.list("slug in (select p.meetingSlug from Participation p where p.actorSlug in ?1)"
                + " and date.latest >= ?2 and date.earliest <= ?3", actors, from, to);
        Map<String, Set<String>> theirs = participantsOf(candidates.stream().map(m -> m.slug).toList());
        Map<String, Meeting> bySlug = new HashMap<>();
        List<SameClaim.Facts> facts = new ArrayList<>();
        for (Meeting candidate : candidates) {
            bySlug.put(candidate.slug, candidate);
            facts.add(facts(candidate, theirs));
        }
        return meetings.stream().map(meeting -> {
            SameClaim.Facts these = facts(meeting, participants);
            return facts.stream().filter(other -> SameClaim.alike(these, other)).sorted(SameClaim.likelierFor(these))
                    .map(other -> bySlug.get(other.claim())).toList();
        }).toList();
    }

    private static Map<String, Set<String>> participantsOf(Collection<String> meetingSlugs) {
        Map<String, Set<String>> participants = new HashMap<>();
        if (!meetingSlugs.isEmpty()) {
            for (Participation p : Participation.forMeetings(meetingSlugs)) {
                participants.computeIfAbsent(p.meetingSlug, k -> new HashSet<>()).add(p.actorSlug);
            }
        }
        return participants;
    }

    private static SameClaim.Facts facts(Meeting meeting, Map<String, Set<String>> participants) {
        return new SameClaim.Facts(meeting.slug, meeting.documentSlug, participants.getOrDefault(meeting.slug, Set.of()),
                meeting.date.earliest, meeting.date.latest, meeting.placeSlug);
    }

    public List<List<Participation>> participants(List<Meeting> meetings) {
        return Batch.many(meetings, m -> m.slug, Participation::forMeetings, p -> p.meetingSlug);
    }

    public List<List<Statement>> statements(List<Meeting> meetings) {
        return Batch.many(meetings, m -> m.slug, Statement::forMeetings, s -> s.meetingSlug);
    }

    public List<List<String>> topics(List<Meeting> meetings) {
        return Batch.many(meetings, m -> m.slug, MeetingTopic::forMeetings, t -> t.meetingSlug).stream()
                .map(ts -> ts.stream().map(t -> t.topic).toList()).toList();
    }
}
