package org.majlis.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Skeleton keys with the labels that carry them, for approximate lookup: the keys within a small
 * Damerau-Levenshtein distance (optimal string alignment) of a query key.
 * <p>
 * The keys are kept sorted, which makes the array an implicit trie: neighbouring keys share prefixes, so the
 * distance table is only extended past the prefix a key shares with the one before it, and once every cell of
 * a row exceeds the allowed distance, every key with that prefix is skipped with one binary search. With keys
 * of a dozen letters out of fourteen sound classes this touches a small part of even a million keys.
 */
final class KeyDictionary {

    /** Longer keys are cut: past this many sounds a name is told apart by its start. */
    static final int MAX_KEY = 24;

    private final String[] keys;
    private final int[][] labels;

    private KeyDictionary(String[] keys, int[][] labels) {
        this.keys = keys;
        this.labels = labels;
    }

    /** Receives each key within the distance: the labels that carry it and how far it is. */
    interface Visitor {
        void visit(int[] labels, int distance);
    }

    /** The distance a query key of this length may be from a key it matches: none for very short keys. */
    static int allowedDistance(int length) {
        return length <= 3 ? 0 : length <= 5 ? 1 : 2;
    }

    /** Visits every key within {@code maxDistance} of the query key. */
    void near(String query, int maxDistance, Visitor visitor) {
        String q = cut(query);
        int[][] rows = new int[MAX_KEY + 1][q.length() + 1];
        for (int j = 0; j <= q.length(); j++) {
            rows[0][j] = j;
        }
        String previous = "";
        int valid = 0;
        int i = 0;
        while (i < keys.length) {
            String key = keys[i];
            int depth = Math.min(commonPrefix(previous, key), valid);
            boolean pruned = false;
            while (depth < key.length()) {
                depth++;
                if (fillRow(rows, depth, key, q) > maxDistance) {
                    pruned = true;
                    break;
                }
            }
            previous = key;
            valid = depth;
            if (pruned) {
                i = firstAfterPrefix(key.substring(0, depth), i);
            } else {
                if (rows[depth][q.length()] <= maxDistance) {
                    visitor.visit(labels[i], rows[depth][q.length()]);
                }
                i++;
            }
        }
    }

    /** Fills the table's row for the key's first {@code d} sounds; returns the row's smallest value. */
    private static int fillRow(int[][] rows, int d, String key, String q) {
        int[] row = rows[d];
        int[] up = rows[d - 1];
        char c = key.charAt(d - 1);
        row[0] = d;
        int min = d;
        for (int j = 1; j <= q.length(); j++) {
            int cost = c == q.charAt(j - 1) ? 0 : 1;
            int v = Math.min(Math.min(up[j] + 1, row[j - 1] + 1), up[j - 1] + cost);
            if (d > 1 && j > 1 && c == q.charAt(j - 2) && key.charAt(d - 2) == q.charAt(j - 1)) {
                v = Math.min(v, rows[d - 2][j - 2] + 1);
            }
            row[j] = v;
            min = Math.min(min, v);
        }
        return min;
    }

    private int firstAfterPrefix(String prefix, int from) {
        int found = Arrays.binarySearch(keys, from, keys.length, prefix + Character.MAX_VALUE);
        return found >= 0 ? found : -found - 1;
    }

    private static int commonPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    static String cut(String key) {
        return key.length() > MAX_KEY ? key.substring(0, MAX_KEY) : key;
    }

    /** Collects (key, label) pairs and freezes them into a sorted dictionary. */
    static final class Builder {
        private final Map<String, List<Integer>> byKey = new HashMap<>();

        void add(String key, int label) {
            if (!key.isEmpty()) {
                List<Integer> list = byKey.computeIfAbsent(cut(key), k -> new ArrayList<>(1));
                if (list.isEmpty() || list.get(list.size() - 1).intValue() != label) {
                    list.add(label);
                }
            }
        }

        KeyDictionary build() {
            String[] keys = byKey.keySet().toArray(String[]::new);
            Arrays.sort(keys);
            int[][] labels = new int[keys.length][];
            for (int i = 0; i < keys.length; i++) {
                labels[i] = byKey.get(keys[i]).stream().mapToInt(Integer::intValue).toArray();
            }
            return new KeyDictionary(keys, labels);
        }
    }
}
