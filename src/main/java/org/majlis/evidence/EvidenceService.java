package org.majlis.evidence;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.majlis.events.SeedsImported;
import org.majlis.graphql.Batch;
import org.majlis.graphql.ListSizes;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** The evidence of a batch of claims of any kind, in one query. */
@ApplicationScoped
public class EvidenceService {

    private final ListSizes sizes;

    public EvidenceService(ListSizes sizes) {
        this.sizes = sizes;
    }

    /** The evidence lists of every kind of claim (Meeting.evidence, Role.evidence, ...), told apart by claim ref. */
    void measureLists(@Observes SeedsImported imported) {
        List<Object[]> counts = QuarkusTransaction.requiringNew().call(() -> Panache.getEntityManager()
                .createQuery("select e.claim, count(*) from Evidence e group by e.claim", Object[].class).getResultList());
        counts.stream().collect(Collectors.groupingBy(row -> Claims.typeOf((String) row[0]),
                Collectors.mapping(row -> (Long) row[1], Collectors.toList())))
                .forEach((type, lengths) -> sizes.record(type + ".evidence", lengths));
    }

    public <C> List<List<Evidence>> forClaims(List<C> claims, Function<C, String> claimRef) {
        return Batch.many(claims, claimRef, Evidence::forClaims, e -> e.claim);
    }
}
