package org.majlis.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An immutable in-memory index of the names of actors, organisations and places. Three tiers answer a text:
 * the name exactly as typed (score 1), the same name after {@link Words folding} and Arabic light stemming
 * (0.6 to 0.9), and the same or a near {@link SkeletonKey consonant skeleton}, which bridges scripts and
 * transliterations (up to 0.5). A node is ranked by its best-matching name.
 */
public final class SearchIndex {

    static final double EXACT_SCORE = 1.0;
    static final double NORMALISED_BASE = 0.6;
    static final double NORMALISED_SPAN = 0.3;
    static final double APPROXIMATE_TOP = 0.5;

    private final IndexedName[] names;
    private final LabelForms[] forms;
    private final Map<String, int[]> byExact;
    private final Map<String, int[]> byTerm;
    private final KeyDictionary wordKeys;
    private final KeyDictionary wholeKeys;

    private SearchIndex(IndexedName[] names, LabelForms[] forms, Map<String, int[]> byExact, Map<String, int[]> byTerm,
            KeyDictionary wordKeys, KeyDictionary wholeKeys) {
        this.names = names;
        this.forms = forms;
        this.byExact = byExact;
        this.byTerm = byTerm;
        this.wordKeys = wordKeys;
        this.wholeKeys = wholeKeys;
    }

    public static SearchIndex build(List<IndexedName> input) {
        return build(input, Map.of());
    }

    /**
     * An index of these names that takes each name's forms from this one where it holds the same text: what a
     * node's new names cost is then their own folding and the maps' filling, not every name's folding again.
     */
    SearchIndex rebuilt(List<IndexedName> input) {
        Map<String, LabelForms> known = new HashMap<>(names.length * 2);
        for (int i = 0; i < names.length; i++) {
            known.put(names[i].text(), forms[i]);
        }
        return build(input, known);
    }

    private static SearchIndex build(List<IndexedName> input, Map<String, LabelForms> known) {
        IndexedName[] names = input.toArray(IndexedName[]::new);
        LabelForms[] forms = new LabelForms[names.length];
        Map<String, List<Integer>> byExact = new HashMap<>();
        Map<String, List<Integer>> byTerm = new HashMap<>();
        KeyDictionary.Builder wordKeys = new KeyDictionary.Builder();
        KeyDictionary.Builder wholeKeys = new KeyDictionary.Builder();
        for (int i = 0; i < names.length; i++) {
            LabelForms same = known.get(names[i].text());
            forms[i] = same != null ? same : LabelForms.of(names[i].text());
            byExact.computeIfAbsent(Words.exact(names[i].text()), k -> new ArrayList<>(1)).add(i);
            for (String term : new LinkedHashSet<>(List.of(forms[i].terms()))) {
                byTerm.computeIfAbsent(term, k -> new ArrayList<>(1)).add(i);
            }
            for (String key : forms[i].wordKeys()) {
                wordKeys.add(key, i);
            }
            wholeKeys.add(forms[i].wholeKey(), i);
        }
        return new SearchIndex(names, forms, frozen(byExact), frozen(byTerm), wordKeys.build(), wholeKeys.build());
    }

    /** The best-matching name of each node that matches, best first; at most {@code limit}. */
    public List<NameMatch> search(String text, Set<NodeKind> kinds, int limit) {
        QueryForms query = new QueryForms(text);
        Map<Integer, NameMatch> byLabel = new HashMap<>();
        for (int label : byExact.getOrDefault(query.exact, new int[0])) {
            keep(byLabel, label, EXACT_SCORE, MatchKind.EXACT);
        }
        normalised(query, byLabel);
        if (nodes(byLabel, kinds) < limit) {
            approximate(query, byLabel);
        }
        Map<String, NameMatch> byNode = new HashMap<>();
        for (NameMatch match : byLabel.values()) {
            if (kinds.contains(match.name().kind())) {
                byNode.merge(match.name().nodeId(), match, (a, b) -> BETTER.compare(a, b) <= 0 ? a : b);
            }
        }
        return byNode.values().stream().sorted(BETTER.thenComparing(m -> m.name().nodeId())).limit(limit).toList();
    }

    /**
     * How many nodes of the wanted kinds match so far. Approximate matches rank below every other, so once the
     * better tiers fill the page they cannot change it and are not looked for.
     */
    private static long nodes(Map<Integer, NameMatch> byLabel, Set<NodeKind> kinds) {
        return byLabel.values().stream().filter(m -> kinds.contains(m.name().kind())).map(m -> m.name().nodeId())
                .distinct().count();
    }

    /** Higher score first; among equals a name before an alias, so a hit shows the node's usual name. */
    private static final Comparator<NameMatch> BETTER = Comparator.comparingDouble(NameMatch::score).reversed()
            .thenComparing(m -> m.name().alias());

    private void normalised(QueryForms query, Map<Integer, NameMatch> byLabel) {
        Set<Integer> candidates = new LinkedHashSet<>();
        List<Set<String>> allTerms = new ArrayList<>(query.wordTerms);
        allTerms.addAll(query.pairTerms);
        for (Set<String> terms : allTerms) {
            for (String term : terms) {
                for (int label : byTerm.getOrDefault(term, new int[0])) {
                    candidates.add(label);
                }
            }
        }
        for (int label : candidates) {
            int covered = coveredWords(query, forms[label]);
            if (covered > 0) {
                double coverage = Math.min(1.0, (double) covered / forms[label].wordCount());
                keep(byLabel, label, NORMALISED_BASE + NORMALISED_SPAN * coverage, MatchKind.NORMALISED);
            }
        }
    }

    /**
     * How many of the name's words the query's words stand for when every query word (alone, or joined with its
     * neighbour) is a term of the name; 0 when some query word is not.
     */
    private static int coveredWords(QueryForms query, LabelForms name) {
        int n = query.wordCount();
        int[] best = new int[n + 1];
        Arrays.fill(best, -1);
        best[0] = 0;
        for (int i = 1; i <= n; i++) {
            if (best[i - 1] >= 0) {
                int width = widest(name, query.wordTerms.get(i - 1));
                if (width > 0) {
                    best[i] = best[i - 1] + width;
                }
            }
            if (i >= 2 && best[i - 2] >= 0) {
                int width = widest(name, query.pairTerms.get(i - 2));
                if (width > 0) {
                    best[i] = Math.max(best[i], best[i - 2] + width);
                }
            }
        }
        return Math.max(best[n], 0);
    }

    private static int widest(LabelForms name, Set<String> terms) {
        int width = 0;
        for (String term : terms) {
            width = Math.max(width, name.width(term));
        }
        return width;
    }

    /**
     * Matches by skeleton key: the whole text against whole names, where word breaks differ (Abdelhamid Dbeiba,
     * Abdul Hamid Dbeibah), and word by word, each query word near some word of the name. The whole-text
     * comparison allows one edit at most: over whole names, two edits find too many unrelated ones (and cost most
     * of the time of a query), while the word-by-word comparison already allows two per long word.
     */
    private void approximate(QueryForms query, Map<Integer, NameMatch> byLabel) {
        for (String key : query.wordCount() > 1 ? query.wholeKeys : Set.<String> of()) {
            wholeKeys.near(key, Math.min(1, KeyDictionary.allowedDistance(key.length())), (labels, distance) -> {
                for (int label : labels) {
                    keep(byLabel, label, APPROXIMATE_TOP * similarity(key, distance), MatchKind.APPROXIMATE);
                }
            });
        }
        int keyed = (int) query.wordKeys.stream().filter(keys -> !keys.isEmpty()).count();
        if (keyed == 0) {
            return;
        }
        Map<Integer, double[]> similarities = new HashMap<>();
        for (int w = 0; w < query.wordCount(); w++) {
            int word = w;
            for (String key : query.wordKeys.get(w)) {
                wordKeys.near(key, KeyDictionary.allowedDistance(key.length()), (labels, distance) -> {
                    double similarity = similarity(key, distance);
                    for (int label : labels) {
                        double[] best = similarities.computeIfAbsent(label, l -> new double[query.wordCount()]);
                        best[word] = Math.max(best[word], similarity);
                    }
                });
            }
        }
        similarities.forEach((label, best) -> {
            double sum = 0;
            int matched = 0;
            for (double s : best) {
                sum += s;
                matched += s > 0 ? 1 : 0;
            }
            if (matched == keyed) {
                double coverage = Math.min(1.0, (double) keyed / forms[label].wordCount());
                keep(byLabel, label, APPROXIMATE_TOP * (sum / keyed) * (0.8 + 0.2 * coverage), MatchKind.APPROXIMATE);
            }
        });
    }

    /** 1 for the same key, less the further it is, relative to its length. */
    private static double similarity(String key, int distance) {
        return 1.0 - (double) distance / (Math.min(key.length(), KeyDictionary.MAX_KEY) + 1);
    }

    private void keep(Map<Integer, NameMatch> byLabel, int label, double score, MatchKind kind) {
        NameMatch current = byLabel.get(label);
        if (current == null || current.score() < score) {
            byLabel.put(label, new NameMatch(names[label], score, kind));
        }
    }

    private static Map<String, int[]> frozen(Map<String, List<Integer>> lists) {
        Map<String, int[]> arrays = new HashMap<>(lists.size() * 2);
        lists.forEach((k, v) -> arrays.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        return arrays;
    }
}
