package org.majlis.evidence;

import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.majlis.graphql.Batch;

/** The evidence of a batch of claims of any kind, in one query. */
@ApplicationScoped
public class EvidenceService {

    public <C> List<List<Evidence>> forClaims(List<C> claims, Function<C, String> claimRef) {
        return Batch.many(claims, claimRef, Evidence::forClaims, e -> e.claim);
    }
}
