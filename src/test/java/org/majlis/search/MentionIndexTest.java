package org.majlis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Mentions of the seed actors in the first article, read straight from the seed files of the tests' fixture
 * (src/test/resources/fixture-seeds), so that actors added to seeds/ do not move the counts.
 */
class MentionIndexTest {

    static final Path SEEDS = Path.of("src/test/resources/fixture-seeds");
    static final String SLUG = "000_de159ab6a08af78c";
    static String text;
    static MentionIndex index;
    static List<IndexedName> names;

    @BeforeAll
    static void build() throws IOException {
        text = Files.readString(SEEDS.resolve("documents/" + SLUG + ".txt"));
        names = actorNames();
        index = MentionIndex.build(names, Map.of(SLUG, text));
    }

    @Test
    void everyQuoteIsTheExactSliceOfTheDocument() {
        for (String actor : List.of("abdullah-al-lafi", "taher-al-baour", "sergei-lavrov", "mohammed-al-haddad",
                "abdoulaye-bathily", "khalifa-haftar", "yunus-bek-yevkurov")) {
            List<Mention> mentions = index.of("Actor:" + actor);
            assertTrue(!mentions.isEmpty(), actor);
            for (Mention m : mentions) {
                assertEquals(text.substring(m.start(), m.end()), m.quote());
            }
        }
    }

    @ParameterizedTest(name = "{0} is named {1}")
    @CsvSource(delimiter = '|', textBlock = """
            abdullah-al-lafi   | عبد الله اللافي
            abdullah-al-lafi   | اللافي
            taher-al-baour     | الطاهر الباعور
            taher-al-baour     | الباعور
            sergei-lavrov      | سيرغي لافروف
            sergei-lavrov      | لافروف
            mohammed-al-haddad | محمد الحداد
            mohammed-al-haddad | الحداد
            abdoulaye-bathily  | عبد الله باتيلي
            khalifa-haftar     | حفتر
            yunus-bek-yevkurov | يونس بك يفكورورف
            """)
    void everyNameTheArticleUsesIsFound(String actor, String quote) {
        List<String> quotes = index.of("Actor:" + actor).stream().map(Mention::quote).toList();
        assertTrue(quotes.contains(quote), () -> actor + ": " + quotes);
    }

    @Test
    void aGluedCliticStaysOutsideTheQuote() {
        int glued = text.indexOf("لحفتر");
        assertTrue(index.of("Actor:khalifa-haftar").contains(new Mention(SLUG, glued + 1, glued + 5, "حفتر")));
        int and = text.indexOf("والباعور");
        assertTrue(index.of("Actor:taher-al-baour").contains(new Mention(SLUG, and + 1, and + 8, "الباعور")));
    }

    @Test
    void everyOccurrenceIsCountedOnceByItsLongestName() {
        List<Mention> lavrov = index.of("Actor:sergei-lavrov");
        assertEquals(occurrences("لافروف"), lavrov.size());
        assertEquals("سيرغي لافروف", lavrov.get(0).quote());
    }

    @Test
    void diacriticsTatweelAndSpellingVariantsKeepExactOffsets() {
        String doc = "قال المُشيـــر حَفْتَر إنّ وفد اللافى وعبدالله اللافي وصلوا، ثم التقى بحفتر.";
        MentionIndex small = MentionIndex.build(List.of(
                new IndexedName("Actor:haftar", NodeKind.ACTOR, "حفتر", "ar", false),
                new IndexedName("Actor:lafi", NodeKind.ACTOR, "عبد الله اللافي", "ar", false),
                new IndexedName("Actor:lafi", NodeKind.ACTOR, "اللافي", "ar", true)), Map.of("d", doc));
        assertEquals(List.of("حَفْتَر", "حفتر"), small.of("Actor:haftar").stream().map(Mention::quote).toList());
        assertEquals(List.of("اللافى", "عبدالله اللافي"), small.of("Actor:lafi").stream().map(Mention::quote).toList());
        for (Mention m : small.of("Actor:lafi")) {
            assertEquals(doc.substring(m.start(), m.end()), m.quote());
        }
    }

    /** An analyst's new document is scanned alone and its mentions join the others', the same as a rebuild's. */
    @Test
    void aDocumentAddedLaterHasTheMentionsARebuildWouldFind() {
        String added = "التقى المشير خليفة حفتر بوزير الخارجية سيرغي لافروف، ثم غادر حفتر.";
        MentionIndex.Added withIt = index.withDocument("later", added);
        MentionIndex rebuilt = MentionIndex.build(names, Map.of(SLUG, text, "later", added));
        for (String actor : List.of("Actor:khalifa-haftar", "Actor:sergei-lavrov", "Actor:abdullah-al-lafi")) {
            assertEquals(rebuilt.of(actor), withIt.index().of(actor), actor);
        }
        assertEquals(Map.of("Actor", 3), withIt.mentionsByType());
        assertEquals(Map.of(), withIt.index().withDocument("later", added).mentionsByType(), "scanned once only");
    }

    static final String BOGDANOV_AR = "استقبل نائب وزير الخارجية ميخائيل بوغدانوف وفداً، وقال بوغدانوف ولسيرغي لافروف";
    static final String BOGDANOV_EN = "Deputy Foreign Minister Mikhail Bog-danov met Abdul Hamid Dbeiba and Sergei Lavrov.";

    /** A new node's names, looked for in the documents that could hold them alone, find what a rebuild would. */
    @Test
    void aNewNodesNamesFindWhatARebuildWould() {
        List<IndexedName> bogdanov = List.of(
                new IndexedName("Actor:bogdanov", NodeKind.ACTOR, "Mikhail Bogdanov", "en", false),
                new IndexedName("Actor:bogdanov", NodeKind.ACTOR, "ميخائيل بوغدانوف", "ar", false),
                new IndexedName("Actor:bogdanov", NodeKind.ACTOR, "بوغدانوف", "ar", true));
        Map<String, String> documents = Map.of(SLUG, text, "ar", BOGDANOV_AR, "en", BOGDANOV_EN);
        MentionIndex withThem = MentionIndex.build(names, documents).withNames("Actor:bogdanov", bogdanov,
                documents(documents, new HashSet<>()));
        List<IndexedName> all = new ArrayList<>(names);
        all.addAll(bogdanov);
        assertSameMentions(MentionIndex.build(all, documents), withThem, "Actor:bogdanov", "Actor:sergei-lavrov");
        assertEquals(List.of("ميخائيل بوغدانوف", "بوغدانوف", "Mikhail Bog-danov"),
                withThem.of("Actor:bogdanov").stream().map(Mention::quote).toList());
    }

    /** A name dropped (or a node merged into another) takes its mentions with it; a name two nodes share stays. */
    @Test
    void aNodesNamesReplacedOrGoneLeaveWhatARebuildWould() {
        Map<String, String> documents = Map.of(SLUG, text, "en", BOGDANOV_EN);
        MentionIndex index = MentionIndex.build(names, documents);
        List<IndexedName> englishOnly = names.stream()
                .filter(n -> n.nodeId().equals("Actor:sergei-lavrov") && n.lang().equals("en")).toList();
        MentionIndex renamed = index.withNames("Actor:sergei-lavrov", englishOnly, documents(documents, new HashSet<>()));
        List<IndexedName> rebuilt = new ArrayList<>(names.stream().filter(n -> !n.nodeId().equals("Actor:sergei-lavrov")).toList());
        rebuilt.addAll(englishOnly);
        assertSameMentions(MentionIndex.build(rebuilt, documents), renamed, "Actor:sergei-lavrov", "Actor:khalifa-haftar");
        assertEquals(List.of("Sergei Lavrov"), renamed.of("Actor:sergei-lavrov").stream().map(Mention::quote).toList());

        MentionIndex gone = index.withNames("Actor:sergei-lavrov", List.of(), documents(documents, new HashSet<>()));
        assertEquals(List.of(), gone.of("Actor:sergei-lavrov"));
        assertTrue(!gone.nodes().contains("Actor:sergei-lavrov"));
        assertEquals(index.of("Actor:khalifa-haftar"), gone.of("Actor:khalifa-haftar"));
    }

    /** The point of the vocabulary: a new name reads the documents whose words could spell it, not every document. */
    @Test
    void anEnglishPossessiveEndsTheNameButAnInnerApostropheDoesNot() {
        String doc = "Khalifa Haftar's forces met Taher al-Ba'ur.";
        MentionIndex small = MentionIndex.build(List.of(
                new IndexedName("Actor:haftar", NodeKind.ACTOR, "Khalifa Haftar", "en", false),
                new IndexedName("Actor:baour", NodeKind.ACTOR, "Taher al-Ba'ur", "en", false)), Map.of("d", doc));
        assertEquals(List.of("Khalifa Haftar"), small.of("Actor:haftar").stream().map(Mention::quote).toList());
        assertEquals(List.of("Taher al-Ba'ur"), small.of("Actor:baour").stream().map(Mention::quote).toList());
    }

    @Test
    void aNewNameReadsOnlyTheDocumentsThatCouldHoldIt() {
        Map<String, String> documents = Map.of(SLUG, text, "ar", BOGDANOV_AR, "en", BOGDANOV_EN);
        MentionIndex index = MentionIndex.build(names, documents);
        Set<String> read = new HashSet<>();
        index.withNames("Actor:dbeiba", List.of(new IndexedName("Actor:dbeiba", NodeKind.ACTOR, "Abdulhamid Dbeiba", "en",
                false)), documents(documents, read));
        assertEquals(Set.of("en"), read, "the English text alone spells abdulhamiddbeiba");
        read.clear();
        index.withNames("Actor:bogdanov", List.of(new IndexedName("Actor:bogdanov", NodeKind.ACTOR, "بوغدانوف", "ar",
                false)), documents(documents, read));
        assertEquals(Set.of("ar"), read);
        read.clear();
        index.withNames("Actor:sergei-lavrov", names.stream().filter(n -> n.nodeId().equals("Actor:sergei-lavrov")).toList(),
                documents(documents, read));
        assertEquals(Set.of(), read, "names looked for already are not looked for again");
    }

    /** The documents' texts by slug, as the database gives them, noting which were asked for. */
    private static Function<Set<String>, Map<String, String>> documents(Map<String, String> documents, Set<String> read) {
        return slugs -> {
            read.addAll(slugs);
            Map<String, String> texts = new HashMap<>();
            slugs.forEach(slug -> texts.put(slug, documents.get(slug)));
            return texts;
        };
    }

    private static void assertSameMentions(MentionIndex expected, MentionIndex actual, String... nodeIds) {
        assertEquals(expected.nodes(), actual.nodes());
        for (String nodeId : expected.nodes()) {
            assertEquals(expected.of(nodeId), actual.of(nodeId), nodeId);
        }
        for (String nodeId : nodeIds) {
            assertTrue(!actual.of(nodeId).isEmpty(), nodeId + " is mentioned");
        }
    }

    private static long occurrences(String word) {
        return text.split(word, -1).length - 1;
    }

    private static List<IndexedName> actorNames() throws IOException {
        JsonNode actors = new ObjectMapper(new YAMLFactory()).readTree(SEEDS.resolve("entities/actors.yaml").toFile())
                .get("actors");
        List<IndexedName> names = new ArrayList<>();
        for (JsonNode actor : actors) {
            String id = "Actor:" + actor.get("slug").asText();
            for (String field : List.of("names", "aliases")) {
                for (JsonNode label : actor.path(field)) {
                    names.add(new IndexedName(id, NodeKind.ACTOR, label.get("text").asText(), label.get("lang").asText(),
                            field.equals("aliases")));
                }
            }
        }
        return names;
    }
}
