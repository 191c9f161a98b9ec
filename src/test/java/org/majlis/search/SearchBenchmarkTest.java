package org.majlis.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Query latency of the search index over 100,000 synthetic entities with Arabic and Latin names. Not part of
 * the default run; run it with {@code ./mvnw test -Dtest=SearchBenchmarkTest -Dmajlis.benchmark=true}.
 * The figures go to docs/search.md.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "majlis.benchmark", matches = "true")
class SearchBenchmarkTest {

    static final int ENTITIES = 100_000;
    static final int WARMUP = 3_000;
    static final int QUERIES = 5_000;

    /** Consonants with their Arabic letter and the Latin spellings transliterations use for it. */
    static final String[][] CONSONANTS = {
            { "ب", "b" }, { "ت", "t" }, { "ث", "th" }, { "ج", "j", "g", "dj" }, { "ح", "h" }, { "خ", "kh" },
            { "د", "d" }, { "ذ", "dh", "z" }, { "ر", "r" }, { "ز", "z" }, { "س", "s" }, { "ش", "sh", "ch" },
            { "ص", "s" }, { "ط", "t" }, { "ع", "'", "" }, { "غ", "gh", "g" }, { "ف", "f" }, { "ق", "q", "g", "k" },
            { "ك", "k" }, { "ل", "l" }, { "م", "m" }, { "ن", "n" }, { "ه", "h" } };
    static final String[][] VOWELS = { { "", "a", "e" }, { "ا", "a", "aa" }, { "و", "ou", "u", "o" },
            { "ي", "i", "ee", "y" } };

    record Entity(String id, String arabic, String latin, String arabicFamily, String latinFamily, String variant) {
    }

    @Test
    void medianAndP99LatencyOver100000Entities() {
        Random random = new Random(42);
        List<Entity> entities = new ArrayList<>(ENTITIES);
        List<IndexedName> names = new ArrayList<>();
        for (int i = 0; i < ENTITIES; i++) {
            NodeKind kind = i % 5 < 3 ? NodeKind.ACTOR : i % 5 == 3 ? NodeKind.ORGANISATION : NodeKind.PLACE;
            String[] given = word(random, 2 + random.nextInt(2));
            String[] family = word(random, 3 + random.nextInt(2));
            Entity e = new Entity(kind.type() + ":e" + i, given[0] + " ال" + family[0], given[1] + " al-" + family[1],
                    family[0], family[1], given[2] + " " + family[2]);
            entities.add(e);
            names.add(new IndexedName(e.id(), kind, e.latin(), "en", false));
            names.add(new IndexedName(e.id(), kind, e.arabic(), "ar", false));
            if (i % 3 == 0) {
                names.add(new IndexedName(e.id(), kind, family[1], "en", true));
            }
        }
        long built = System.nanoTime();
        SearchIndex index = SearchIndex.build(names);
        long buildMillis = (System.nanoTime() - built) / 1_000_000;

        Map<String, Function<Entity, String>> kinds = new LinkedHashMap<>();
        kinds.put("latin name", Entity::latin);
        kinds.put("arabic name", Entity::arabic);
        kinds.put("arabic family name with clitics", e -> "وب" + e.arabicFamily());
        kinds.put("other transliteration", Entity::variant);
        kinds.put("latin family name with a typo", e -> typo(random, e.latinFamily()));
        kinds.put("latin family name", Entity::latinFamily);
        List<String> kindNames = new ArrayList<>(kinds.keySet());
        Set<NodeKind> all = EnumSet.allOf(NodeKind.class);
        for (int i = 0; i < WARMUP; i++) {
            index.search(kinds.get(kindNames.get(i % kinds.size())).apply(entities.get(random.nextInt(ENTITIES))), all, 20);
        }
        long[] nanos = new long[QUERIES];
        Map<String, List<Long>> byKind = new LinkedHashMap<>();
        Map<String, Integer> foundByKind = new LinkedHashMap<>();
        for (int i = 0; i < QUERIES; i++) {
            Entity e = entities.get(random.nextInt(ENTITIES));
            String kind = kindNames.get(i % kinds.size());
            String text = kinds.get(kind).apply(e);
            long start = System.nanoTime();
            List<NameMatch> hits = index.search(text, all, 20);
            nanos[i] = System.nanoTime() - start;
            byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(nanos[i]);
            foundByKind.merge(kind, hits.stream().anyMatch(h -> h.name().nodeId().equals(e.id())) ? 1 : 0, Integer::sum);
        }
        System.out.printf("search benchmark: %d entities, %d names, index built in %d ms, %d cores, %s%n", ENTITIES,
                names.size(), buildMillis, Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.version"));
        report("all " + QUERIES + " queries", nanos, foundByKind.values().stream().mapToInt(Integer::intValue).sum());
        byKind.forEach((kind, list) -> report(kind, list.stream().mapToLong(Long::longValue).toArray(), foundByKind.get(kind)));
        Arrays.sort(nanos);
        assertTrue(nanos[QUERIES / 2] < 10_000_000L, "median under 10 ms");
    }

    private static void report(String what, long[] nanos, int found) {
        Arrays.sort(nanos);
        System.out.printf("search benchmark: %-32s median %6.3f ms  p99 %6.3f ms  max %7.3f ms  entity in top 20: %5.1f%%%n",
                what, nanos[nanos.length / 2] / 1e6, nanos[nanos.length * 99 / 100] / 1e6, nanos[nanos.length - 1] / 1e6,
                100.0 * found / nanos.length);
    }

    /** One word in both scripts: {arabic, a latin spelling, another latin spelling}. */
    private static String[] word(Random random, int consonants) {
        StringBuilder arabic = new StringBuilder();
        StringBuilder latin = new StringBuilder();
        StringBuilder other = new StringBuilder();
        for (int c = 0; c < consonants; c++) {
            String[] consonant = CONSONANTS[random.nextInt(CONSONANTS.length)];
            arabic.append(consonant[0]);
            latin.append(consonant[1]);
            other.append(consonant[1 + random.nextInt(consonant.length - 1)]);
            if (c < consonants - 1 || random.nextBoolean()) {
                String[] vowel = VOWELS[random.nextInt(VOWELS.length)];
                arabic.append(vowel[0]);
                latin.append(vowel[1]);
                other.append(vowel[1 + random.nextInt(vowel.length - 1)]);
            }
        }
        return new String[] { arabic.toString(), capitalised(latin), capitalised(other) };
    }

    private static String capitalised(StringBuilder word) {
        return word.isEmpty() ? "" : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** The word with one letter changed, as a user mistypes it. */
    private static String typo(Random random, String word) {
        int at = random.nextInt(word.length());
        return word.substring(0, at) + (char) ('a' + random.nextInt(26)) + word.substring(at + 1);
    }
}
