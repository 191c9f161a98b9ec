package org.majlis.packaged;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The npm project of audit/ (versions pinned by its package-lock.json), whose Node scripts drive the packaged app. */
final class AuditFolder {

    static final Path AUDIT = Path.of("audit");

    record Result(int exit, String output) {
    }

    private AuditFolder() {
    }

    /** Installs the pinned packages when they are missing (the last one added is looked for). */
    static void install() throws IOException, InterruptedException {
        if (!Files.isDirectory(AUDIT.resolve("node_modules/graphql-ws"))) {
            Result install = run(List.of("npm", "ci", "--no-audit", "--no-fund"), Duration.ofMinutes(3));
            assertEquals(0, install.exit(), install.output());
        }
    }

    static Result run(List<String> command, Duration timeout) throws IOException, InterruptedException {
        Path log = Files.createTempFile("majlis-audit", ".log");
        Process process = new ProcessBuilder(command).directory(AUDIT.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError(command + " did not finish within " + timeout + ":\n" + Files.readString(log));
        }
        return new Result(process.exitValue(), Files.readString(log));
    }
}
