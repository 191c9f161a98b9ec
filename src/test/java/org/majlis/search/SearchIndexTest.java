package org.majlis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The index on names that are not in the seeds, each given only its usual English and Arabic name: every other
 * spelling below is found by the general mechanism, not by a listed alias.
 */
class SearchIndexTest {

    static final SearchIndex INDEX = SearchIndex.build(List.of(
            name("Actor:muammar-gaddafi", "Muammar Gaddafi", "en"),
            name("Actor:muammar-gaddafi", "معمر القذافي", "ar"),
            name("Actor:fayez-al-sarraj", "Fayez al-Sarraj", "en"),
            name("Actor:fayez-al-sarraj", "فايز السراج", "ar"),
            name("Actor:abdul-hamid-dbeibah", "Abdul Hamid Dbeibah", "en"),
            name("Actor:abdul-hamid-dbeibah", "عبد الحميد الدبيبة", "ar"),
            name("Actor:aguila-saleh", "Aguila Saleh", "en"),
            name("Actor:aguila-saleh", "عقيلة صالح", "ar"),
            name("Actor:khaled-al-mishri", "Khaled al-Mishri", "en"),
            name("Actor:khaled-al-mishri", "خالد المشري", "ar"),
            name("Organisation:libyan-national-army", "Libyan National Army", "en"),
            name("Organisation:libyan-national-army", "الجيش الوطني الليبي", "ar"),
            name("Place:misrata", "Misrata", "en"),
            name("Place:misrata", "مصراتة", "ar"),
            name("Place:sirte", "Sirte", "en"),
            name("Place:sirte", "سرت", "ar"),
            name("Place:zawiya", "Zawiya", "en"),
            name("Place:zawiya", "الزاوية", "ar"),
            name("Actor:surt-ahmed", "Surt Ahmed", "en")));

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Muammar Gaddafi            | Actor:muammar-gaddafi
            gaddafi                    | Actor:muammar-gaddafi
            Qadhafi                    | Actor:muammar-gaddafi
            Kadhafi                    | Actor:muammar-gaddafi
            Gadafi                     | Actor:muammar-gaddafi
            Moammar Kadhafi            | Actor:muammar-gaddafi
            Mu'ammar al-Qaddafi        | Actor:muammar-gaddafi
            القذافي                    | Actor:muammar-gaddafi
            القذافى                    | Actor:muammar-gaddafi
            قذافي                      | Actor:muammar-gaddafi
            للقذافي                    | Actor:muammar-gaddafi
            والقذافي                   | Actor:muammar-gaddafi
            مُعَمَّر القذّافي            | Actor:muammar-gaddafi
            Fayez al-Sarraj            | Actor:fayez-al-sarraj
            Fayez el-Serraj            | Actor:fayez-al-sarraj
            Faiez Serraj               | Actor:fayez-al-sarraj
            Al Sarraj                  | Actor:fayez-al-sarraj
            السراج                     | Actor:fayez-al-sarraj
            فائز السراج                | Actor:fayez-al-sarraj
            فايز سراج                  | Actor:fayez-al-sarraj
            Abdul Hamid Dbeibah        | Actor:abdul-hamid-dbeibah
            Abdulhamid Dbeibah         | Actor:abdul-hamid-dbeibah
            Abdelhamid Dbeiba          | Actor:abdul-hamid-dbeibah
            Dbaiba                     | Actor:abdul-hamid-dbeibah
            عبدالحميد الدبيبة           | Actor:abdul-hamid-dbeibah
            الدبيبه                    | Actor:abdul-hamid-dbeibah
            بالدبيبة                   | Actor:abdul-hamid-dbeibah
            Aguila Salah               | Actor:aguila-saleh
            Agila Saleh                | Actor:aguila-saleh
            Akila Salih                | Actor:aguila-saleh
            عقيله صالح                 | Actor:aguila-saleh
            Khalid Al Meshri           | Actor:khaled-al-mishri
            Khaled Elmishri            | Actor:khaled-al-mishri
            المشرى                     | Actor:khaled-al-mishri
            الجيش الوطني الليبي        | Organisation:libyan-national-army
            libyan national army       | Organisation:libyan-national-army
            Misurata                   | Place:misrata
            Misratah                   | Place:misrata
            مصراته                     | Place:misrata
            بمصراتة                    | Place:misrata
            Sirt                       | Place:sirte
            Syrte                      | Place:sirte
            سرت                        | Place:sirte
            Zawia                      | Place:zawiya
            Az-Zawiyah                 | Place:zawiya
            زاوية                      | Place:zawiya
            بالزاوية                   | Place:zawiya
            """)
    void aSpellingFindsItsNodeInTheTopThree(String text, String nodeId) {
        List<String> top = INDEX.search(text, EnumSet.allOf(NodeKind.class), 3).stream()
                .map(m -> m.name().nodeId()).toList();
        assertTrue(top.contains(nodeId), () -> text + " gave " + top);
    }

    @ParameterizedTest(name = "{0} matches {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Misrata         | EXACT
            misrata         | EXACT
            مصراتة          | EXACT
            مصراته          | NORMALISED
            بمصراتة         | NORMALISED
            MISRÂTA         | NORMALISED
            Misurata        | APPROXIMATE
            Misrata         | EXACT
            مسراتة          | APPROXIMATE
            """)
    void theMatchSaysHowItMatched(String text, MatchKind kind) {
        NameMatch best = INDEX.search(text, EnumSet.allOf(NodeKind.class), 1).get(0);
        assertEquals("Place:misrata", best.name().nodeId());
        assertEquals(kind, best.kind());
    }

    @Test
    void exactRanksAboveNormalisedAboveApproximate() {
        List<NameMatch> hits = INDEX.search("Surt", EnumSet.allOf(NodeKind.class), 10);
        assertEquals("Actor:surt-ahmed", hits.get(0).name().nodeId());
        assertEquals(MatchKind.NORMALISED, hits.get(0).kind());
        assertEquals("Place:sirte", hits.get(1).name().nodeId());
        assertEquals(MatchKind.APPROXIMATE, hits.get(1).kind());
        assertTrue(hits.get(0).score() > hits.get(1).score());
    }

    @Test
    void exactBeatsNormalisedOfAnotherNode() {
        SearchIndex index = SearchIndex.build(List.of(name("Place:sirt", "Sirt", "en"), name("Place:sirte", "sirt-e", "en")));
        List<NameMatch> hits = index.search("Sirt", EnumSet.allOf(NodeKind.class), 10);
        assertEquals(List.of("Place:sirt", "Place:sirte"), hits.stream().map(h -> h.name().nodeId()).toList());
        assertEquals(List.of(MatchKind.EXACT, MatchKind.NORMALISED), hits.stream().map(NameMatch::kind).toList());
    }

    @Test
    void kindsNarrowTheHits() {
        List<NameMatch> hits = INDEX.search("Surt", EnumSet.of(NodeKind.PLACE), 10);
        assertEquals(List.of("Place:sirte"), hits.stream().map(h -> h.name().nodeId()).toList());
    }

    @Test
    void aNodeIsListedOnceWithItsBestName() {
        List<NameMatch> hits = INDEX.search("Misrata", EnumSet.allOf(NodeKind.class), 10);
        assertEquals(1, hits.stream().filter(h -> h.name().nodeId().equals("Place:misrata")).count());
        assertEquals("Misrata", hits.get(0).name().text());
    }

    /** An index rebuilt from another with one node's names changed answers as one built from nothing. */
    @Test
    void anIndexRebuiltFromAnotherAnswersAsANewOne() {
        SearchIndex before = SearchIndex.build(List.of(name("Actor:aguila-saleh", "Aguila Saleh", "en"),
                name("Actor:khaled-al-mishri", "Khaled al-Mishri", "en")));
        List<IndexedName> after = List.of(name("Actor:aguila-saleh", "Aguila Saleh", "en"),
                name("Actor:aguila-saleh", "عقيلة صالح", "ar"), name("Actor:khaled-al-mishri", "خالد المشري", "ar"));
        for (String text : List.of("عقيلة صالح", "Aguila Saleh", "Khaled al-Mishri", "خالد المشري", "Mishri")) {
            assertEquals(SearchIndex.build(after).search(text, EnumSet.allOf(NodeKind.class), 5),
                    before.rebuilt(after).search(text, EnumSet.allOf(NodeKind.class), 5), text);
        }
        assertEquals(List.of(), before.rebuilt(after).search("Khaled al-Mishri", EnumSet.allOf(NodeKind.class), 5).stream()
                .filter(m -> m.name().text().equals("Khaled al-Mishri")).toList(), "a name gone is not found");
    }

    static IndexedName name(String nodeId, String text, String lang) {
        return new IndexedName(nodeId, NodeKind.ofId(nodeId), text, lang, false);
    }
}
