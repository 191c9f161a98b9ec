package org.majlis.draft;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.majlis.evidence.ClaimStatus;
import org.majlis.label.LabelInput;
import org.majlis.label.Labels;
import org.majlis.meeting.ParticipantRole;
import org.majlis.seed.SeedFiles.ActorSeed;
import org.majlis.seed.SeedFiles.DateSeed;
import org.majlis.seed.SeedFiles.EvidenceSeed;
import org.majlis.seed.SeedFiles.LabelSeed;
import org.majlis.seed.SeedFiles.Localized;
import org.majlis.seed.SeedFiles.MeetingSeed;
import org.majlis.seed.SeedFiles.ParticipationSeed;
import org.majlis.seed.SeedFiles.PresenceSeed;
import org.majlis.seed.SeedFiles.RoleSeed;
import org.majlis.seed.SeedFiles.SourceSeed;

/**
 * Reads a text and proposes what it says, each proposal with its quotes: the names of known nodes, its dates, roles
 * from titles before names, people the graph does not know from titles before new names, meetings from verbs of meeting, military presences from words for forces; a claim the
 * graph already holds is proposed as a further source of it, not as a new claim. Pure: it reads only the text, the
 * lexicon of its language and the {@link KnownGraph} it is given, and writes nothing (docs/drafts.md).
 */
public final class Drafter {

    /** The version of the rules, stored with what they propose: a change of any rule or lexicon raises it. */
    public static final String VERSION = "2";

    private Drafter() {
    }

    /**
     * @param document the slug of the document the text is, whose own claims are not proposed again; null for a text
     *                 the graph does not hold
     */
    public static List<Proposal> draft(String document, String text, LocalDate published, String language, KnownGraph graph) {
        Vocabulary v = Vocabulary.of(language);
        Reading r = new Reading(text, graph.names().find(text));
        List<Proposal> proposals = new ArrayList<>();
        for (Reading.Name name : r.names) {
            proposals.add(new Proposal(Proposal.Kind.MENTION, new Proposal.MentionContent(name.found().nodeIds()),
                    List.of(new Proposal.Quote(name.found().start(), name.found().end(), name.found().quote())),
                    name.ambiguous() ? 0.5 : 0.95, "mentions"));
        }
        List<Dates.Found> dates = Dates.in(r, v, published);
        for (Dates.Found date : dates) {
            proposals.add(new Proposal(Proposal.Kind.DATE, new DateSeed(date.iso(), date.text()),
                    List.of(r.quote(date.first(), date.last())), 0.9, "dates"));
        }
        List<Proposal> claims = new ArrayList<>();
        for (Roles.Found role : Roles.in(r, v, graph, dates)) {
            claims.add(role(r, v, language, graph, role));
        }
        for (NewPeople.Found person : NewPeople.in(r, v, dates)) {
            claims.add(person(r, language, person));
        }
        for (Meetings.Found meeting : Meetings.in(r, v, dates)) {
            claims.add(meeting(r, graph, meeting));
        }
        for (Presences.Found presence : Presences.in(r, v, graph, dates)) {
            claims.add(presence(r, graph, presence));
        }
        // A claim this document already reports (an analyst added it, or accepted it) is not proposed again.
        claims.removeIf(p -> p.kind() == Proposal.Kind.SOURCE && graph.reportedBy(((SourceSeed) p.content()).claim(), document));
        proposals.addAll(claims);
        return proposals;
    }

    private static Proposal role(Reading r, Vocabulary v, String language, KnownGraph graph, Roles.Found found) {
        RoleSeed seed = Roles.seed(r, v, language, found);
        String quote = seed.evidence().get(0).quote();
        int end = r.end(found.name().last());
        List<Proposal.Quote> quotes = List.of(new Proposal.Quote(end - quote.length(), end, quote));
        String organisation = found.organisation();
        KnownGraph.KnownRole known = graph.roles().stream()
                .filter(k -> k.actor().equals(found.name().nodeId()) && Objects.equals(k.organisation(), organisation))
                .findFirst().orElse(null);
        if (known != null) {
            return new Proposal(Proposal.Kind.SOURCE, new SourceSeed(known.claimId(), null, null, null, seed.evidence(), null,
                    null), quotes, 0.85, Roles.RULE);
        }
        return new Proposal(Proposal.Kind.ROLE, seed, quotes, organisation == null ? 0.6 : 0.8, Roles.RULE);
    }

    /** A new person, named in the text's language; their slug from an English name (an Arabic one gives none). */
    private static Proposal person(Reading r, String language, NewPeople.Found found) {
        String name = r.words(found.first(), found.last());
        String lang = r.tokens.get(found.first()).arabic() ? "ar" : language;
        LabelInput label = new LabelInput();
        label.lang = lang;
        label.text = name;
        ActorSeed seed = new ActorSeed(Labels.slugOf(List.of(label)), List.of(new LabelSeed(lang, name, null)), null, null);
        return new Proposal(Proposal.Kind.ACTOR, seed, List.of(r.quote(found.first(), found.last())), 0.6, NewPeople.RULE);
    }

    private static Proposal meeting(Reading r, KnownGraph graph, Meetings.Found found) {
        List<ParticipationSeed> participants = new ArrayList<>();
        found.participants().forEach((actor, role) -> {
            Reading.Name name = found.names().get(actor);
            participants.add(new ParticipationSeed(Roles.slug(actor), null, role,
                    List.of(r.evidence(name.first(), name.last()))));
        });
        List<EvidenceSeed> evidence = found.spans().stream().map(s -> r.evidence(s[0], s[1])).toList();
        List<Proposal.Quote> quotes = found.spans().stream().map(s -> r.quote(s[0], s[1])).toList();
        DateSeed date = found.date() == null ? null : new DateSeed(found.date().iso(), found.date().text());
        String place = found.place() == null ? null : Roles.slug(found.place());
        // Of the known meetings it may be, the one that shares the most of its people, then its day, then its place:
        // a report of the talks is not taken for another meeting of two of their participants the same month.
        KnownGraph.KnownMeeting known = graph.meetings().stream()
                .filter(k -> shared(k.participants(), found.participants().keySet()) >= 2 && compatible(k.dateIso(),
                        date == null ? null : date.iso()))
                .max(Comparator.comparingInt((KnownGraph.KnownMeeting k) -> shared(k.participants(), found.participants().keySet()))
                        .thenComparing(k -> date != null && date.iso().equals(k.dateIso()))
                        .thenComparing(k -> place != null && place.equals(k.place())))
                .orElse(null);
        if (known != null) {
            return new Proposal(Proposal.Kind.SOURCE, new SourceSeed(known.claimId(), date, place, null, evidence,
                    participants, null), quotes, 0.8, Meetings.RULE);
        }
        String slug = slug(date == null ? "undated" : date.iso(), place,
                found.participants().keySet().stream().map(Roles::slug).limit(3).toList());
        MeetingSeed seed = new MeetingSeed(slug, new Localized(title(graph, found), null), null, found.trigger().kind(),
                ClaimStatus.REPORTED, date, place, null, participants, null, evidence);
        return new Proposal(Proposal.Kind.MEETING, seed, quotes, date != null && place != null ? 0.8 : 0.5, Meetings.RULE);
    }

    private static Proposal presence(Reading r, KnownGraph graph, Presences.Found found) {
        List<EvidenceSeed> evidence = List.of(r.evidence(found.first(), found.last()));
        List<Proposal.Quote> quotes = List.of(r.quote(found.first(), found.last()));
        DateSeed start = found.start() == null ? null : new DateSeed(found.start().iso(), found.start().text());
        KnownGraph.KnownPresence known = graph.presences().stream()
                .filter(k -> k.force().equals(found.forceId()) && found.place() != null && found.place().equals(k.place()))
                .findFirst().orElse(null);
        if (known != null) {
            return new Proposal(Proposal.Kind.SOURCE, new SourceSeed(known.claimId(), start, null, null, evidence, null,
                    null), quotes, 0.7, Presences.RULE);
        }
        String where = found.place() != null ? Roles.slug(found.place()) : found.hostCountry().toLowerCase();
        String slug = slug(Roles.slug(found.forceId()), where, start == null ? List.of() : List.of(start.iso().substring(0, 4)));
        PresenceSeed seed = new PresenceSeed(slug, Roles.slug(found.forceId()),
                found.sponsor() == null ? null : Roles.slug(found.sponsor()),
                null, found.hostCountry(), found.place() == null ? null : Roles.slug(found.place()), found.force().kind(),
                found.alleged() ? ClaimStatus.ALLEGED : ClaimStatus.REPORTED, null, start, null, evidence);
        return new Proposal(Proposal.Kind.MILITARY_PRESENCE, seed, quotes, found.place() != null ? 0.7 : 0.5,
                Presences.RULE);
    }

    /** "Putin receives Haftar": the subject's English names, the verb, the object's. */
    private static String title(KnownGraph graph, Meetings.Found found) {
        ParticipantRole subject = found.trigger().subject();
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        boolean split = subject != found.trigger().object();
        found.participants().forEach((actor, role) -> {
            KnownGraph.Node node = graph.node(actor);
            String name = node == null || node.englishName() == null ? Roles.slug(actor) : node.englishName();
            (split && role != subject || !split && !first.isEmpty() ? second : first).add(name);
        });
        return String.join(" and ", first) + " " + found.trigger().verb() + " " + String.join(" and ", second);
    }

    private static int shared(Set<String> a, Set<String> b) {
        Set<String> shared = new LinkedHashSet<>(a);
        shared.retainAll(b);
        return shared.size();
    }

    /** Whether two ISO dates may be the same day: either unknown, or one within the other (2023-08 and 2023-08-22). */
    private static boolean compatible(String a, String b) {
        return a == null || b == null || a.startsWith(b) || b.startsWith(a);
    }

    private static String slug(String first, String second, List<String> rest) {
        List<String> parts = new ArrayList<>();
        parts.add(first);
        if (second != null) {
            parts.add(second);
        }
        parts.addAll(rest);
        return parts.stream().map(p -> p.replace('/', '-')).collect(Collectors.joining("-"));
    }
}
