package org.majlis.search;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.majlis.graphql.GraphQL;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SearchGraphQLTest {

    static final String SEARCH = """
            query Search($text: String!, $kinds: [NodeKind!], $first: Int) {
              search(text: $text, kinds: $kinds, first: $first) { node { id } score matched matchedLang match }
            }""";

    /** Spellings users type, in both scripts; most are in no seed file, and each must be in the top three. */
    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Haftar                     | Actor:khalifa-haftar
            Hifter                     | Actor:khalifa-haftar
            Heftar                     | Actor:khalifa-haftar
            Khalifa Haftar             | Actor:khalifa-haftar
            Khalifa Hifter             | Actor:khalifa-haftar
            حفتر                       | Actor:khalifa-haftar
            لحفتر                      | Actor:khalifa-haftar
            خليفة حفتر                 | Actor:khalifa-haftar
            خليفه حفتر                 | Actor:khalifa-haftar
            Lavrov                     | Actor:sergei-lavrov
            Sergey Lavrov              | Actor:sergei-lavrov
            Serguei Lavrov             | Actor:sergei-lavrov
            Lavrof                     | Actor:sergei-lavrov
            لافروف                     | Actor:sergei-lavrov
            سيرجي لافروف                | Actor:sergei-lavrov
            Abdullah al-Lafi           | Actor:abdullah-al-lafi
            Abdallah Lafi              | Actor:abdullah-al-lafi
            Al-Lafi                    | Actor:abdullah-al-lafi
            عبدالله اللافي              | Actor:abdullah-al-lafi
            اللافى                     | Actor:abdullah-al-lafi
            لافي                       | Actor:abdullah-al-lafi
            Taher al-Baour             | Actor:taher-al-baour
            Tahir Baour                | Actor:taher-al-baour
            Ba'ur                      | Actor:taher-al-baour
            Elbaour                    | Actor:taher-al-baour
            الباعور                    | Actor:taher-al-baour
            والباعور                   | Actor:taher-al-baour
            Mohammed al-Haddad         | Actor:mohammed-al-haddad
            Mohamed Haddad             | Actor:mohammed-al-haddad
            الحداد                     | Actor:mohammed-al-haddad
            محمد الحداد                | Actor:mohammed-al-haddad
            Bathily                    | Actor:abdoulaye-bathily
            Abdoulaye Bathily          | Actor:abdoulaye-bathily
            Batili                     | Actor:abdoulaye-bathily
            باتيلي                     | Actor:abdoulaye-bathily
            Yevkurov                   | Actor:yunus-bek-yevkurov
            Evkurov                    | Actor:yunus-bek-yevkurov
            Yunus-Bek Evkurov          | Actor:yunus-bek-yevkurov
            يفكوروف                    | Actor:yunus-bek-yevkurov
            يونس بك يفكورورف            | Actor:yunus-bek-yevkurov
            Wagner                     | Organisation:wagner-group
            Vagner                     | Organisation:wagner-group
            فاغنر                      | Organisation:wagner-group
            فاجنر                      | Organisation:wagner-group
            Russia                     | Organisation:russia
            روسيا                      | Organisation:russia
            Libya                      | Organisation:libya
            ليبيا                      | Organisation:libya
            Presidential Council       | Organisation:presidential-council
            المجلس الرئاسي             | Organisation:presidential-council
            GNU                        | Organisation:government-of-national-unity
            حكومة الوحدة الوطنية        | Organisation:government-of-national-unity
            بحكومة الوحدة الوطنية       | Organisation:government-of-national-unity
            UNSMIL                     | Organisation:un-support-mission-in-libya
            البعثة الأممية             | Organisation:un-support-mission-in-libya
            Africa Corps               | Organisation:african-corps
            الفيلق الافريقي            | Organisation:african-corps
            Al-Araby Al-Jadeed         | Organisation:al-araby-al-jadeed
            العربي الجديد              | Organisation:al-araby-al-jadeed
            Moscow                     | Place:moscow
            موسكو                      | Place:moscow
            Moskva                     | Place:moscow
            Benghazi                   | Place:benghazi
            Bengasi                    | Place:benghazi
            Banghazi                   | Place:benghazi
            بنغازي                     | Place:benghazi
            Tripoli                    | Place:tripoli
            طرابلس                     | Place:tripoli
            Trablus                    | Place:tripoli
            Jufra                      | Place:al-jufra-air-base
            Al Jufra                   | Place:al-jufra-air-base
            الجفرة                     | Place:al-jufra-air-base
            Kharruba                   | Place:al-kharruba-air-base
            Kharouba                   | Place:al-kharruba-air-base
            الخروبة                    | Place:al-kharruba-air-base
            """)
    void aCommonSpellingFindsTheEntityInTheTopThree(String text, String id) {
        GraphQL.post(SEARCH, Map.of("text", text, "first", 3))
                .body("errors", nullValue())
                .body("data.search.node.id", hasItem(id));
    }

    @Test
    void anExactNameRanksFirstWithScoreOne() {
        GraphQL.post(SEARCH, Map.of("text", "Haftar"))
                .body("data.search[0].node.id", equalTo("Actor:khalifa-haftar"))
                .body("data.search[0].matched", equalTo("Haftar"))
                .body("data.search[0].match", equalTo("EXACT"))
                .body("data.search[0].score", equalTo(1.0f));
    }

    @Test
    void aLatinSpellingFindsTheArabicOnlyNameApproximately() {
        GraphQL.post(SEARCH, Map.of("text", "Bengazi"))
                .body("data.search[0].node.id", equalTo("Place:benghazi"))
                .body("data.search[0].match", equalTo("APPROXIMATE"))
                .body("data.search[0].score", lessThanOrEqualTo(0.5f));
    }

    @Test
    void anArabicSpellingVariantMatchesNormalised() {
        GraphQL.post(SEARCH, Map.of("text", "اللافى"))
                .body("data.search[0].node.id", equalTo("Actor:abdullah-al-lafi"))
                .body("data.search[0].matched", equalTo("اللافي"))
                .body("data.search[0].matchedLang", equalTo("ar"))
                .body("data.search[0].match", equalTo("NORMALISED"));
    }

    @Test
    void kindsNarrowTheHits() {
        GraphQL.post(SEARCH, Map.of("text", "Benghazi", "kinds", List.of("PLACE")))
                .body("data.search.node.id", hasItem("Place:benghazi"));
        GraphQL.post(SEARCH, Map.of("text", "Benghazi", "kinds", List.of("ACTOR", "ORGANISATION")))
                .body("errors", nullValue())
                .body("data.search.node.id", everyItem(not(startsWith("Place:"))));
    }

    @Test
    void anEmptyTextIsAnInvalidArgument() {
        GraphQL.post(SEARCH, Map.of("text", "  "))
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"));
    }

    @Test
    void aOneLetterTextIsAnInvalidArgument() {
        GraphQL.post(SEARCH, Map.of("text", "ح"))
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"));
    }

    @Test
    void moreThanAHundredHitsIsOverTheLimit() {
        GraphQL.post(SEARCH, Map.of("text", "Lavrov", "first", 101))
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"));
    }
}
