package org.majlis.packaged;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Runs the graphql-http server audit (audit/, versions pinned by its package-lock.json) against the packaged app:
 * every MUST of the GraphQL-over-HTTP spec passes. The SHOULD warnings left are listed in docs/security.md.
 */
class GraphQLOverHttpAuditIT {

    static final Path AUDIT = Path.of("audit");

    @Test
    void everyMustOfTheGraphQLOverHttpSpecPasses() throws Exception {
        if (!Files.isDirectory(AUDIT.resolve("node_modules"))) {
            Result install = run(List.of("npm", "ci", "--no-audit", "--no-fund"), Duration.ofMinutes(3));
            assertEquals(0, install.exit(), install.output());
        }
        try (PackagedApp app = PackagedApp.start(Map.of())) {
            assertTrue(app.awaitReady(Duration.ofSeconds(60)), app.output());
            Result audit = run(List.of("node", "audit.mjs", "http://localhost:" + app.port + "/graphql"), Duration.ofMinutes(2));
            System.out.println(audit.output());
            assertEquals(0, audit.exit(), audit.output());
            assertTrue(audit.output().contains(" 0 errors (MUST)"), audit.output());
        }
    }

    private static Result run(List<String> command, Duration timeout) throws IOException, InterruptedException {
        Path log = Files.createTempFile("majlis-audit", ".log");
        Process process = new ProcessBuilder(command).directory(AUDIT.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError(command + " did not finish within " + timeout + ":\n" + Files.readString(log));
        }
        return new Result(process.exitValue(), Files.readString(log));
    }

    private record Result(int exit, String output) {
    }
}
