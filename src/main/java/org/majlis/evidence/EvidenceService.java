package org.majlis.evidence;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.majlis.document.Document;
import org.majlis.events.GraphChanged;
import org.majlis.events.SeedsImported;
import org.majlis.graphql.Batch;
import org.majlis.graphql.ListSizes;

/** The evidence of a batch of claims of any kind, in one query. */
@ApplicationScoped
public class EvidenceService {

    private final ListSizes sizes;

    public EvidenceService(ListSizes sizes) {
        this.sizes = sizes;
    }

    /** The evidence lists of every kind of claim (Meeting.evidence, Role.evidence, ...), told apart by claim ref. */
    void measureLists(@Observes SeedsImported imported) {
        measureLists();
    }

    /** A claim's change may change its quotes and sources; a document's never does. */
    void measureLists(@Observes(during = TransactionPhase.AFTER_SUCCESS) GraphChanged changed) {
        if (!changed.type().equals(Document.TYPE)) {
            sizes.soon(getClass().getName(), this::measureLists);
        }
    }

    private void measureLists() {
        List<Object[]> counts = sizes.select("select claim, count(*) from evidence group by claim");
        counts.stream().collect(Collectors.groupingBy(row -> Claims.typeOf((String) row[0]),
                Collectors.mapping(row -> ((Number) row[1]).longValue(), Collectors.toList())))
                .forEach((type, lengths) -> sizes.record(type + ".evidence", lengths));
        measureSources(counts);
    }

    /**
     * Each kind's sources (its own document and its further ones) and disagreements (at most one for each thing they
     * can be about), each source's quotes, and a disagreement's values and their sources (at most the claim's sources).
     */
    private void measureSources(List<Object[]> quotedClaims) {
        Map<String, Long> claims = quotedClaims.stream()
                .collect(Collectors.groupingBy(row -> Claims.typeOf((String) row[0]), Collectors.counting()));
        Map<String, Long> further = sizes.select("select claim from claim_source").stream()
                .collect(Collectors.groupingBy(row -> Claims.typeOf((String) row[0]), Collectors.counting()));
        claims.forEach((type, count) -> {
            sizes.record(type + ".sources", count + further.getOrDefault(type, 0L), count);
            sizes.record(type + ".disagreements", Disagreement.About.values().length, 1);
        });
        sizes.measure("Source.quotes", "select count(*) from evidence group by claim, document");
        String sourcesOfCorroborated = "select 1 + count(*) from claim_source group by claim";
        sizes.measure("Disagreement.values", sourcesOfCorroborated);
        sizes.measure("DisagreementValue.sources", sourcesOfCorroborated);
    }

    public <C> List<List<Evidence>> forClaims(List<C> claims, Function<C, String> claimRef) {
        return Batch.many(claims, claimRef, Evidence::forClaims, e -> e.claim);
    }
}
