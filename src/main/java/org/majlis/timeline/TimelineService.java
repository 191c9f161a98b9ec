package org.majlis.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.majlis.events.GraphChanged;
import org.majlis.events.SeedsImported;
import org.majlis.graphql.InvalidArgumentException;
import org.majlis.graphql.ListQuery;
import org.majlis.graphql.ListSizes;
import org.majlis.meeting.Meeting;
import org.majlis.party.PartyRef;
import org.majlis.presence.MilitaryPresence;

/**
 * Meetings and military presences in date order. An event is placed at its date (a meeting's date, a
 * presence's start) and falls in [from, to] when that date's [earliest, latest] overlaps it, so "2023-08" is
 * in a range that takes in any day of August 2023. A presence whose start no source gives cannot be placed
 * and is left out.
 */
@ApplicationScoped
public class TimelineService {

    private final ListSizes sizes;

    public TimelineService(ListSizes sizes) {
        this.sizes = sizes;
    }

    /** A timeline holds every meeting and every presence whose start is known. */
    void measureLists(@Observes SeedsImported imported) {
        measureLists();
    }

    void measureLists(@Observes(during = TransactionPhase.AFTER_SUCCESS) GraphChanged changed) {
        if (changed.type().equals(Meeting.TYPE) || changed.type().equals(MilitaryPresence.TYPE)) {
            sizes.soon(getClass().getName(), this::measureLists);
        }
    }

    private void measureLists() {
        long events = ((Number) sizes.select("select (select count(*) from meeting)"
                + " + (select count(*) from military_presence where start_earliest is not null)").get(0)[0]).longValue();
        sizes.record("Query.timeline", List.of(events));
    }

    static final Comparator<TimelineEntry> BY_DATE = Comparator.comparing((TimelineEntry e) -> e.date.earliest)
            .thenComparing(e -> e.date.latest).thenComparing(e -> e.node.getId());

    public List<TimelineEntry> timeline(LocalDate from, LocalDate to, String involving) throws InvalidArgumentException {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidArgumentException("from (" + from + ") is after to (" + to + ")");
        }
        PartyRef party = involving == null ? null : PartyRef.ofId(involving, "involving");
        List<TimelineEntry> entries = new ArrayList<>();
        meetings(from, to, party).forEach(m -> entries.add(new TimelineEntry(m.date, m)));
        presences(from, to, party).forEach(p -> entries.add(new TimelineEntry(p.start, p)));
        entries.sort(BY_DATE);
        return entries;
    }

    private static List<Meeting> meetings(LocalDate from, LocalDate to, PartyRef party) {
        ListQuery where = new ListQuery()
                .and("m.date.latest >= :from", "from", from)
                .and("m.date.earliest <= :to", "to", to);
        if (party != null) {
            String column = party.isActor() ? "actorSlug" : "onBehalfOfSlug";
            where.and("exists (select 1 from Participation p where p.meetingSlug = m.slug and p." + column + " = :party)",
                    "party", party.slug());
        }
        return Meeting.list("from Meeting m where " + where.where(), where.parameters());
    }

    private static List<MilitaryPresence> presences(LocalDate from, LocalDate to, PartyRef party) {
        ListQuery where = new ListQuery()
                .and("p.start.latest >= :from", "from", from)
                .and("p.start.earliest <= :to", "to", to);
        if (party != null) {
            String supports = "exists (select 1 from PresenceSupport s where s.presenceSlug = p.slug and "
                    + party.matches("s.party", "party") + ")";
            where.and(party.isActor() ? supports : "(p.forceSlug = :party or p.sponsorSlug = :party or " + supports + ")",
                    "party", party.slug());
        }
        return MilitaryPresence.list("from MilitaryPresence p where p.start.earliest is not null and " + where.where(),
                where.parameters());
    }
}
