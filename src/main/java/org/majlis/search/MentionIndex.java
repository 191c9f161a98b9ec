package org.majlis.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Every place in the documents where a node's names or aliases occur, found once when the index is built.
 * <p>
 * Names and documents are folded alike ({@link Words}), then compared without word breaks, so that عبدالله
 * matches عبد الله. An Arabic occurrence may carry proclitics (لحفتر, والباعور, بالجفرة), which stay outside the
 * quote, and may have or lack the article ال that the name has or lacks. The quote is cut from the original
 * text through each folded letter's original index, so diacritics or tatweel inside a name do not shift it.
 * Where one name of a node lies inside a longer one (اللافي in عبد الله اللافي), only the longer is a mention.
 * <p>
 * Occurrences are kept once per name, not once per node: many people share a surname (الكبير), and a copy of
 * each occurrence for each of them took 1 GiB of heap for 10,000 synthetic documents (docs/benchmarks.md). A
 * node's mentions are gathered from its names when asked for.
 */
final class MentionIndex {

    static final MentionIndex EMPTY = new MentionIndex(Map.of(), Map.of(), Set.of(), 0, Set.of(), Vocabulary.EMPTY);

    /** An index with one more document, and how many mentions that document added, by the type of node named. */
    record Added(MentionIndex index, Map<String, Integer> mentionsByType) {
    }

    private final Map<String, Set<String>> coresByNode;
    private final Map<String, List<Mention>> byCore;
    private final Set<String> cores;
    private final int longest;
    /** The slugs of the documents scanned. */
    private final Set<String> documents;
    private final Vocabulary vocabulary;
    /** The nodes of each name, made when a text is first drafted against this snapshot of the names. */
    private volatile Map<String, Set<String>> nodesByCore;

    private MentionIndex(Map<String, Set<String>> coresByNode, Map<String, List<Mention>> byCore, Set<String> cores,
            int longest, Set<String> documents, Vocabulary vocabulary) {
        this.coresByNode = coresByNode;
        this.byCore = byCore;
        this.cores = cores;
        this.longest = longest;
        this.documents = documents;
        this.vocabulary = vocabulary;
    }

    /** The nodes that have a name to look for. */
    Set<String> nodes() {
        return coresByNode.keySet();
    }

    List<Mention> of(String nodeId) {
        List<Mention> mentions = new ArrayList<>();
        for (String core : coresByNode.getOrDefault(nodeId, Set.of())) {
            mentions.addAll(byCore.getOrDefault(core, List.of()));
        }
        return outermost(mentions);
    }

    /**
     * Every name this index knows that occurs in a text which is not one of its documents (a text being drafted):
     * where, the words as written, and the nodes with that name, the longest name kept where one lies inside another.
     */
    List<NamesInText.Found> in(String text) {
        Map<String, List<Mention>> found = new HashMap<>();
        scan("", text, Words.of(text), cores, longest, found);
        Map<String, Set<String>> nodesByCore = nodesByCore();
        Map<Mention, Set<String>> nodesByMention = new HashMap<>();
        found.forEach((core, mentions) -> mentions.forEach(m -> nodesByMention
                .computeIfAbsent(m, k -> new TreeSet<>()).addAll(nodesByCore.getOrDefault(core, Set.of()))));
        return outermost(new ArrayList<>(nodesByMention.keySet())).stream()
                .map(m -> new NamesInText.Found(m.start(), m.end(), m.quote(), List.copyOf(nodesByMention.get(m))))
                .toList();
    }

    private Map<String, Set<String>> nodesByCore() {
        Map<String, Set<String>> byCore = nodesByCore;
        if (byCore == null) {
            byCore = new HashMap<>();
            for (Map.Entry<String, Set<String>> node : coresByNode.entrySet()) {
                for (String core : node.getValue()) {
                    byCore.computeIfAbsent(core, k -> new HashSet<>()).add(node.getKey());
                }
            }
            nodesByCore = byCore;
        }
        return byCore;
    }

    /** How many different words the documents hold, as the vocabulary that finds a new name's documents knows them. */
    int words() {
        return vocabulary.size();
    }

    /**
     * @param documents text by document slug
     */
    static MentionIndex build(List<IndexedName> names, Map<String, String> documents) {
        Map<String, Set<String>> coresByNode = new HashMap<>();
        for (IndexedName name : names) {
            Set<String> nodeCores = coresByNode.computeIfAbsent(name.nodeId(), k -> new LinkedHashSet<>());
            nodeCores.addAll(cores(List.of(name)));
        }
        coresByNode.values().removeIf(Set::isEmpty);
        Set<String> cores = allCores(coresByNode);
        int longest = longest(cores);
        Map<String, List<Mention>> byCore = new HashMap<>();
        Vocabulary.Builder vocabulary = new Vocabulary.Builder();
        for (Map.Entry<String, String> document : documents.entrySet()) {
            List<Word> words = Words.of(document.getValue());
            vocabulary.add(document.getKey(), words);
            scan(document.getKey(), document.getValue(), words, cores, longest, byCore);
        }
        return new MentionIndex(coresByNode, byCore, cores, longest, Set.copyOf(documents.keySet()), vocabulary.build());
    }

    /**
     * This index with a node's names replaced by these (none when the node is gone, merged into another). Only the
     * names not looked for before are looked for, and only in the documents the {@link Vocabulary} says could hold
     * them: a new name at N = 10,000 costs the scan of a few documents, not of all (docs/benchmarks.md). The answer is
     * the one a rebuild would give (MentionIndexTest holds it to that).
     *
     * @param texts the texts of the documents with these slugs
     */
    MentionIndex withNames(String nodeId, List<IndexedName> names, Function<Set<String>, Map<String, String>> texts) {
        Map<String, Set<String>> coresByNode = new HashMap<>(this.coresByNode);
        Set<String> nodeCores = cores(names);
        if (nodeCores.isEmpty()) {
            coresByNode.remove(nodeId);
        } else {
            coresByNode.put(nodeId, nodeCores);
        }
        Set<String> cores = allCores(coresByNode);
        Map<String, List<Mention>> byCore = new HashMap<>(this.byCore);
        byCore.keySet().retainAll(cores);
        Set<String> unseen = new HashSet<>(nodeCores);
        unseen.removeAll(this.cores);
        if (!unseen.isEmpty()) {
            int unseenLongest = longest(unseen);
            texts.apply(vocabulary.couldHold(unseen)).forEach((slug, text) -> {
                if (documents.contains(slug)) {
                    scan(slug, text, Words.of(text), unseen, unseenLongest, byCore);
                }
            });
        }
        return new MentionIndex(coresByNode, byCore, cores, longest(cores), documents, vocabulary);
    }

    /** The letters of each name at least two long: a mention of one letter would be noise. */
    private static Set<String> cores(List<IndexedName> names) {
        Set<String> cores = new LinkedHashSet<>();
        for (IndexedName name : names) {
            String core = core(name.text());
            if (core.length() >= 2) {
                cores.add(core);
            }
        }
        return cores;
    }

    private static Set<String> allCores(Map<String, Set<String>> coresByNode) {
        Set<String> cores = new HashSet<>();
        coresByNode.values().forEach(cores::addAll);
        return cores;
    }

    private static int longest(Set<String> cores) {
        return cores.stream().mapToInt(String::length).max().orElse(0);
    }

    /**
     * This index and the mentions in one more document, which is scanned alone: the other documents' lists are
     * shared, not copied, so a document added by an analyst costs its own scan, not a rebuild. A document already
     * scanned is not scanned again (a replica may hear of its own change twice).
     */
    Added withDocument(String slug, String text) {
        if (documents.contains(slug)) {
            return new Added(this, Map.of());
        }
        Map<String, List<Mention>> found = new HashMap<>();
        scan(slug, text, Words.of(text), cores, longest, found);
        Map<String, List<Mention>> byCore = new HashMap<>(this.byCore);
        found.forEach((core, mentions) -> {
            List<Mention> all = new ArrayList<>(byCore.getOrDefault(core, List.of()));
            all.addAll(mentions);
            byCore.put(core, all);
        });
        Set<String> scanned = new HashSet<>(documents);
        scanned.add(slug);
        MentionIndex index = new MentionIndex(coresByNode, byCore, cores, longest, scanned, vocabulary.withLater(slug));
        // The same names: the nodes of each, if made already, are still right (a draft after each new document).
        index.nodesByCore = nodesByCore;
        return new Added(index,
                countByType(found));
    }

    /**
     * The mentions found, counted for each node whose name they are as {@link #of} counts them (the longest of a
     * node's names where one lies inside another), by the node's type: what the lists of that type grow by.
     */
    private Map<String, Integer> countByType(Map<String, List<Mention>> found) {
        Map<String, Integer> counts = new HashMap<>();
        if (found.isEmpty()) {
            return counts;
        }
        coresByNode.forEach((nodeId, nodeCores) -> {
            List<Mention> mentions = new ArrayList<>();
            for (String core : nodeCores) {
                mentions.addAll(found.getOrDefault(core, List.of()));
            }
            if (!mentions.isEmpty()) {
                counts.merge(nodeId.substring(0, nodeId.indexOf(':')), outermost(mentions).size(), Integer::sum);
            }
        });
        return counts;
    }

    /** A name's letters without word breaks, its leading article left out. */
    static String core(String text) {
        List<Word> words = LabelForms.significant(Words.of(text));
        StringBuilder core = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            Word word = words.get(i);
            core.append(i == 0 && word.arabic() ? Arabic.withoutArticle(word.form()) : word.form());
        }
        return core.toString();
    }

    private static void scan(String slug, String text, List<Word> words, Set<String> cores, int longest,
            Map<String, List<Mention>> found) {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).isLatinArticle()) {
                continue;
            }
            for (Start start : starts(words.get(i))) {
                StringBuilder letters = new StringBuilder(start.letters);
                int j = i;
                while (true) {
                    String core = letters.toString();
                    if (cores.contains(core)) {
                        int end = words.get(j).end();
                        found.computeIfAbsent(core, k -> new ArrayList<>())
                                .add(new Mention(slug, start.offset, end, text.substring(start.offset, end)));
                    }
                    do {
                        j++;
                    } while (j < words.size() && words.get(j).isLatinArticle());
                    if (j >= words.size() || letters.length() >= longest) {
                        break;
                    }
                    letters.append(words.get(j).form());
                }
            }
        }
    }

    /** Where a name may begin in the word: after any proclitics, with or without the article. */
    private static List<Start> starts(Word word) {
        if (!word.arabic()) {
            return List.of(new Start(word.start(), word.form()));
        }
        List<Start> starts = new ArrayList<>();
        for (int clitics : Arabic.cliticEnds(word.form())) {
            int offset = word.startOf(clitics);
            starts.add(new Start(offset, word.form().substring(clitics)));
            int article = Arabic.articleLength(word.form(), clitics);
            if (article > 0) {
                starts.add(new Start(offset, word.form().substring(clitics + article)));
            }
        }
        return starts;
    }

    private record Start(int offset, String letters) {
    }

    private static List<Mention> outermost(List<Mention> mentions) {
        mentions.sort(Comparator.comparing(Mention::documentSlug).thenComparingInt(Mention::start)
                .thenComparing(Comparator.comparingInt(Mention::end).reversed()));
        List<Mention> kept = new ArrayList<>();
        for (Mention m : mentions) {
            Mention last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            boolean inside = last != null && last.documentSlug().equals(m.documentSlug()) && m.end() <= last.end();
            if (!inside) {
                kept.add(m);
            }
        }
        return List.copyOf(kept);
    }
}
