package org.majlis.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** What counts as a source using a label: its exact spelling, as whole words, Arabic proclitics allowed. */
class LabelUseTest {

    private static Set<String> used(String label, String text) {
        return LabelUse.used(List.of(label), List.of(text));
    }

    @Test
    void aLabelSpeltSoInATextIsUsed() {
        assertEquals(Set.of("خليفة حفتر"), used("خليفة حفتر", "قوات خليفة حفتر في الشرق"));
    }

    @Test
    void anArabicLabelAfterProcliticsIsUsed() {
        assertEquals(Set.of("خليفة حفتر"), used("خليفة حفتر", "التقى وبخليفة حفتر."));
    }

    @Test
    void aLabelInsideALongerWordIsNotUsed() {
        assertEquals(Set.of(), used("JMC", "the JMCs met"));
        assertEquals(Set.of(), used("حفتر", "الحفتريون"));
    }

    @Test
    void aLetterThatIsNoProcliticBeforeTheLabelMakesAnotherWord() {
        assertEquals(Set.of(), used("مصر", "عمصر"));
    }

    @Test
    void aSpellingThatDiffersByAHamzaIsNotTheSourcesSpelling() {
        assertEquals(Set.of(), used("الفيلق الإفريقي", "عناصر الفيلق الأفريقي"));
    }

    @Test
    void onlyTheLabelsFoundAreReturned() {
        assertEquals(Set.of("UNSMIL"), LabelUse.used(List.of("UNSMIL", "Afrika Korps"),
                List.of("An English text", "UNSMIL said")));
    }
}
