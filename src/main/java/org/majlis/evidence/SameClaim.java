package org.majlis.evidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Whether two claims of different documents may be one fact reported twice: the rule that the {@code similar} of
 * meetings, presences, relationships and roles answer with and that {@code check} warns by, so that a second report of
 * a known event is noticed wherever it comes in. Alike are two claims of one kind that
 * <ul>
 * <li>name at least two of the same parties (a meeting's participants, a presence's force, a relationship's sides, a
 * role's holder and organisation), or the one party that one of them names;</li>
 * <li>have dates that overlap (a date given to its month overlaps every day of it; a presence without an end goes on);</li>
 * <li>are at the same place, or one of them names none.</li>
 * </ul>
 * Claims of one document are never alike here: an analyst who made two of them from one text meant two.
 */
public final class SameClaim {

    /** What the rule compares, from an entity or a seed record. */
    public record Facts(String claim, String document, Set<String> parties, LocalDate earliest, LocalDate latest,
            String place) {
    }

    private SameClaim() {
    }

    public static boolean alike(Facts a, Facts b) {
        return !a.document().equals(b.document()) && !a.claim().equals(b.claim())
                && shared(a, b).size() >= Math.max(1, Math.min(2, Math.min(a.parties().size(), b.parties().size())))
                && !a.earliest().isAfter(b.latest()) && !b.earliest().isAfter(a.latest())
                && (a.place() == null || b.place() == null || a.place().equals(b.place()));
    }

    /** The parties both name, in slug order. */
    public static Set<String> shared(Facts a, Facts b) {
        Set<String> shared = new TreeSet<>(a.parties());
        shared.retainAll(b.parties());
        return shared;
    }

    /**
     * For each of these claims, the others that are alike, the likelier first; a claim with none is left out. Only
     * claims that share a party are compared.
     */
    public static Map<String, List<Facts>> alikeAmong(Collection<Facts> claims) {
        Map<String, List<Facts>> byParty = new HashMap<>();
        for (Facts claim : claims) {
            for (String party : claim.parties()) {
                byParty.computeIfAbsent(party, p -> new ArrayList<>()).add(claim);
            }
        }
        Map<String, List<Facts>> alike = new HashMap<>();
        for (Facts claim : claims) {
            Set<Facts> found = new LinkedHashSet<>();
            for (String party : claim.parties()) {
                byParty.get(party).stream().filter(other -> alike(claim, other)).forEach(found::add);
            }
            if (!found.isEmpty()) {
                alike.put(claim.claim(), found.stream().sorted(likelierFor(claim)).toList());
            }
        }
        return alike;
    }

    /**
     * For each claim, the candidates alike it, the likelier first: what a kind's {@code similar} answers, the
     * candidates being the claims of that kind that share a party with the batch (one query).
     */
    public static <C> List<List<C>> similar(List<C> claims, List<C> candidates, Function<C, Facts> facts) {
        Map<String, C> byClaim = new HashMap<>();
        List<Facts> known = new ArrayList<>();
        for (C candidate : candidates) {
            Facts f = facts.apply(candidate);
            byClaim.put(f.claim(), candidate);
            known.add(f);
        }
        return claims.stream().map(claim -> {
            Facts these = facts.apply(claim);
            return known.stream().filter(other -> alike(these, other)).sorted(likelierFor(these))
                    .map(other -> byClaim.get(other.claim())).toList();
        }).toList();
    }

    /** The likelier first: more parties in common, then the nearer in time, then by id. */
    public static Comparator<Facts> likelierFor(Facts claim) {
        return Comparator.<Facts> comparingInt(other -> -shared(claim, other).size())
                .thenComparingLong(other -> Math.abs(other.earliest().toEpochDay() - claim.earliest().toEpochDay()))
                .thenComparing(Facts::claim);
    }
}
