package org.majlis.packaged;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Runs the graphql-http server audit (audit/, versions pinned by its package-lock.json) against the packaged app:
 * every MUST of the GraphQL-over-HTTP spec passes. The SHOULD warnings left are listed in docs/security.md.
 */
class GraphQLOverHttpAuditIT {

    @Test
    void everyMustOfTheGraphQLOverHttpSpecPasses() throws Exception {
        AuditFolder.install();
        try (PackagedApp app = PackagedApp.start(Map.of())) {
            assertTrue(app.awaitReady(Duration.ofSeconds(60)), app.output());
            AuditFolder.Result audit = AuditFolder.run(List.of("node", "audit.mjs", "http://localhost:" + app.port + "/graphql"), Duration.ofMinutes(2));
            System.out.println(audit.output());
            assertEquals(0, audit.exit(), audit.output());
            assertTrue(audit.output().contains(" 0 errors (MUST)"), audit.output());
        }
    }
}
