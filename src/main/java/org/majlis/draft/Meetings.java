package org.majlis.draft;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.majlis.actor.Actor;
import org.majlis.meeting.ParticipantRole;
import org.majlis.place.Place;

/**
 * Meetings from a verb or noun that says people met (received, visited, met, held talks; استقبل، زار، التقى، بحث مع،
 * محادثات), one per sentence that has one and two people or more: those before the verb are its subject (met, received),
 * and so are, in Arabic, those right after it joined by و (التقى فلان وفلان), the rest its object; their parts as the
 * verb says (HOST and VISITOR for received and visited, ATTENDEE else). Place and date are the sentence's first. A
 * sentence that names the same people again (بحثوا مع لافروف) adds its words to that meeting, not a second one; the
 * next sentence's people join it where that sentence says they took part (took part, attended; شارك، حضر).
 */
final class Meetings {

    static final String RULE = "meeting-verb";

    /** A meeting found: its verb, its participants (actor id to part, in order), place, date, and the sentences' token ranges. */
    record Found(Lexicon.Trigger trigger, Map<String, ParticipantRole> participants, Map<String, Reading.Name> names,
            String place, Dates.Found date, List<int[]> spans) {
    }

    private Meetings() {
    }

    static List<Found> in(Reading r, Vocabulary v, List<Dates.Found> dates) {
        List<Found> found = new ArrayList<>();
        int sentence = -1;
        for (int i = 0; i < r.tokens.size(); i++) {
            Phrases.Match<Lexicon.Trigger> trigger = v.triggers.at(r.tokens, i);
            if (r.nameAt[i] == null && trigger == null && !found.isEmpty() && r.sentence[i] == sentence + 1
                    && v.attended.at(r.tokens, i) != null) {
                found.set(found.size() - 1, attended(r, found.get(found.size() - 1), i));
                sentence = r.sentence[i];
                continue;
            }
            if (trigger == null || r.sentence[i] == sentence || r.nameAt[i] != null) {
                continue;
            }
            Found meeting = meeting(r, v, trigger, dates);
            if (meeting != null) {
                sentence = r.sentence[i];
                Found same = found.stream().filter(f -> sharesTwo(f, meeting)).findFirst().orElse(null);
                if (same == null) {
                    found.add(meeting);
                } else {
                    found.set(found.indexOf(same), joined(same, meeting));
                }
            }
        }
        // One person alone is no meeting, unless the next sentence names those who took part.
        return found.stream().filter(f -> f.participants().size() >= 2).toList();
    }

    private static Found meeting(Reading r, Vocabulary v, Phrases.Match<Lexicon.Trigger> trigger, List<Dates.Found> dates) {
        int[] bounds = r.sentenceBounds(trigger.first());
        List<Reading.Name> before = new ArrayList<>();
        List<Reading.Name> after = new ArrayList<>();
        String place = null;
        for (Reading.Name name : r.names) {
            if (name.first() < bounds[0] || name.last() > bounds[1] || name.ambiguous()) {
                continue;
            }
            if (name.of(Actor.TYPE)) {
                (name.first() < trigger.first() ? before : after).add(name);
            } else if (name.of(Place.TYPE) && (place == null || name.first() > trigger.first() && placeBeforeVerb(r, place, trigger))) {
                place = name.nodeId();
            }
        }
        Map<String, ParticipantRole> parts = new LinkedHashMap<>();
        Map<String, Reading.Name> names = new LinkedHashMap<>();
        List<Reading.Name> subject = new ArrayList<>(before);
        List<Reading.Name> object = new ArrayList<>(after);
        if (subject.isEmpty() && !after.isEmpty() && r.tokens.get(trigger.first()).arabic()) {
            subject.add(object.remove(0));
            while (!object.isEmpty() && joinedByAnd(r, v, subject.get(subject.size() - 1), object.get(0))) {
                subject.add(object.remove(0));
            }
        }
        subject.forEach(n -> put(parts, names, n, trigger.value().subject()));
        object.forEach(n -> put(parts, names, n, trigger.value().object()));
        if (parts.isEmpty()) {
            return null;
        }
        Dates.Found date = dates.stream().filter(d -> d.first() >= bounds[0] && d.last() <= bounds[1]).findFirst().orElse(null);
        return new Found(trigger.value(), parts, names, place, date, List.of(bounds));
    }

    /** The meeting with the people of the next sentence, which says they took part in it, as attendees. */
    private static Found attended(Reading r, Found meeting, int word) {
        int[] bounds = r.sentenceBounds(word);
        Map<String, ParticipantRole> parts = new LinkedHashMap<>(meeting.participants());
        Map<String, Reading.Name> names = new LinkedHashMap<>(meeting.names());
        r.names.stream().filter(n -> n.first() >= bounds[0] && n.last() <= bounds[1] && n.of(Actor.TYPE) && !n.ambiguous())
                .forEach(n -> put(parts, names, n, ParticipantRole.ATTENDEE));
        List<int[]> spans = new ArrayList<>(meeting.spans());
        spans.add(bounds);
        return new Found(meeting.trigger(), parts, names, meeting.place(), meeting.date(), spans);
    }

    /** Whether the place found first stands before the verb, so that one after it is likelier where they met. */
    private static boolean placeBeforeVerb(Reading r, String place, Phrases.Match<?> trigger) {
        return r.names.stream().filter(n -> n.nodeId().equals(place)).allMatch(n -> n.first() < trigger.first());
    }

    private static void put(Map<String, ParticipantRole> parts, Map<String, Reading.Name> names, Reading.Name name,
            ParticipantRole role) {
        parts.putIfAbsent(name.nodeId(), role);
        names.putIfAbsent(name.nodeId(), name);
    }

    /**
     * Whether the next person is joined to the last by و: glued to the name (والباعور), to the title before it
     * (ووزير الخارجية), or standing alone.
     */
    private static boolean joinedByAnd(Reading r, Vocabulary v, Reading.Name last, Reading.Name next) {
        if (r.text.substring(r.start(next.first()), next.found().start()).indexOf('و') >= 0) {
            return true;
        }
        for (int k = last.last() + 1; k < next.first(); k++) {
            String form = r.tokens.get(k).form();
            if (form.equals("و") || v.andLength(r.tokens.get(k)) > 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean sharesTwo(Found a, Found b) {
        Set<String> shared = new TreeSet<>(a.participants().keySet());
        shared.retainAll(b.participants().keySet());
        return shared.size() >= 2;
    }

    /** The first meeting, with the people, place, date and words of a later sentence about it. */
    private static Found joined(Found first, Found later) {
        Map<String, ParticipantRole> parts = new LinkedHashMap<>(first.participants());
        later.participants().forEach(parts::putIfAbsent);
        Map<String, Reading.Name> names = new LinkedHashMap<>(first.names());
        later.names().forEach(names::putIfAbsent);
        List<int[]> spans = new ArrayList<>(first.spans());
        spans.addAll(later.spans());
        return new Found(first.trigger(), parts, names, first.place() != null ? first.place() : later.place(),
                first.date() != null ? first.date() : later.date(), spans);
    }
}
