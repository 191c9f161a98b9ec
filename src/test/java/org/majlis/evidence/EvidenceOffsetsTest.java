package org.majlis.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.majlis.document.Document;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Offsets are UTF-16 code units: in JavaScript, document.text.slice(start, end) === quote, for every evidence. */
@QuarkusTest
class EvidenceOffsetsTest {

    @Test
    void everyQuoteStandsAtItsOffsetsInItsDocument() {
        QuarkusTransaction.requiringNew().run(() -> {
            Map<String, String> texts = Document.<Document> listAll().stream()
                    .collect(Collectors.toMap(d -> d.slug, d -> d.text));
            List<Evidence> all = Evidence.listAll();
            assertFalse(all.isEmpty());
            for (Evidence evidence : all) {
                String text = texts.get(evidence.documentSlug);
                assertEquals(evidence.quote, text.substring(evidence.startOffset, evidence.endOffset),
                        evidence.claim + " at " + evidence.startOffset);
            }
        });
    }

    @Test
    void everyClaimHasEvidence() {
        QuarkusTransaction.requiringNew().run(() -> {
            var claims = Evidence.<Evidence> listAll().stream().map(e -> e.claim).collect(Collectors.toSet());
            Function<String, Long> missing = jpql -> org.majlis.meeting.Meeting.getEntityManager()
                    .createQuery(jpql, String.class).getResultStream().filter(c -> !claims.contains(c)).count();
            assertEquals(0L, missing.apply("select concat('Meeting:', m.slug) from Meeting m"));
            assertEquals(0L, missing.apply("select concat('MilitaryPresence:', p.slug) from MilitaryPresence p"));
            assertEquals(0L, missing.apply("select concat('Relationship:', r.slug) from Relationship r"));
            assertEquals(0L, missing.apply("select concat('Role:', cast(r.id as String)) from Role r"));
            assertEquals(0L, missing.apply("select concat('Participation:', cast(p.id as String)) from Participation p"));
            assertEquals(0L, missing.apply("select concat('Statement:', cast(s.id as String)) from Statement s"));
        });
    }
}
