package org.majlis.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whether two meetings of different documents may be one event reported twice: the rule that {@code Meeting.similar}
 * answers with and that {@code check} warns by, so that a second report of a known event is noticed wherever it comes
 * in. Alike are two meetings that
 * <ul>
 * <li>name at least two of the same participants, or the one participant that one of them names;</li>
 * <li>have dates that overlap (a meeting dated to its month overlaps every day of it);</li>
 * <li>took place at the same place, or one of them names none.</li>
 * </ul>
 * Meetings of one document are never alike here: an analyst who made two of them from one text meant two events.
 */
public final class SameEvent {

    /** What the rule compares, from an entity or a seed record. */
    public record Facts(String meeting, String document, Set<String> participants, LocalDate earliest, LocalDate latest,
            String place) {
    }

    private SameEvent() {
    }

    public static boolean alike(Facts a, Facts b) {
        return !a.document().equals(b.document()) && !a.meeting().equals(b.meeting())
                && shared(a, b).size() >= Math.max(1, Math.min(2, Math.min(a.participants().size(), b.participants().size())))
                && !a.earliest().isAfter(b.latest()) && !b.earliest().isAfter(a.latest())
                && (a.place() == null || b.place() == null || a.place().equals(b.place()));
    }

    /** The participants both name, in slug order. */
    public static Set<String> shared(Facts a, Facts b) {
        Set<String> shared = new TreeSet<>(a.participants());
        shared.retainAll(b.participants());
        return shared;
    }

    /** Why two alike meetings are: what a notice tells the analyst. */
    public static String why(Facts a, Facts b) {
        String place = a.place() == null && b.place() == null ? "no place named"
                : Objects.equals(a.place(), b.place()) ? "the same place (" + a.place() + ")" : "a place only one names";
        return "the same participants (" + String.join(", ", shared(a, b)) + "), dates that overlap, " + place;
    }

    /**
     * For each of these meetings, the others that are alike, the likelier first; a meeting with none is left out.
     * Only meetings that share a participant are compared.
     */
    public static Map<String, List<Facts>> alikeAmong(Collection<Facts> meetings) {
        Map<String, List<Facts>> byParticipant = new HashMap<>();
        for (Facts meeting : meetings) {
            for (String participant : meeting.participants()) {
                byParticipant.computeIfAbsent(participant, p -> new ArrayList<>()).add(meeting);
            }
        }
        Map<String, List<Facts>> alike = new HashMap<>();
        for (Facts meeting : meetings) {
            Set<Facts> found = new LinkedHashSet<>();
            for (String participant : meeting.participants()) {
                byParticipant.get(participant).stream().filter(other -> alike(meeting, other)).forEach(found::add);
            }
            if (!found.isEmpty()) {
                alike.put(meeting.meeting(), found.stream().sorted(likelierFor(meeting)).toList());
            }
        }
        return alike;
    }

    /** The likelier first: more participants in common, then the nearer in time, then by slug. */
    public static Comparator<Facts> likelierFor(Facts meeting) {
        return Comparator.<Facts> comparingInt(other -> -shared(meeting, other).size())
                .thenComparingLong(other -> Math.abs(other.earliest().toEpochDay() - meeting.earliest().toEpochDay()))
                .thenComparing(Facts::meeting);
    }
}
