package org.majlis.packaged;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * Runs the packaged application as an operator would, for tests of whole starts and restarts: the one Quarkus built
 * last, as {@code @QuarkusIntegrationTest} does (target/quarkus-artifact.properties): {@code java -jar
 * target/quarkus-app/quarkus-run.jar}, or the native binary after {@code -Dnative}.
 */
final class PackagedApp implements AutoCloseable {

    /** The command that starts the packaged application, before its arguments. */
    static final List<String> LAUNCHER = launcher(Path.of("target"));

    final int port;
    final Process process;
    final Path log;

    private PackagedApp(int port, Process process, Path log) {
        this.port = port;
        this.process = process;
        this.log = log;
    }

    static PackagedApp start(Map<String, String> environment) throws IOException {
        return start(environment, launch(Map.of()));
    }

    /**
     * Starts it in a working directory with nothing set but the seeds of the environment given, as the README runs
     * it: its own default database (failsafe's environment names one in memory for every other test).
     */
    static PackagedApp startAsInstalled(Path workingDirectory, Map<String, String> environment) throws IOException {
        ProcessBuilder builder = launch(Map.of()).directory(workingDirectory.toFile());
        builder.environment().remove("QUARKUS_DATASOURCE_JDBC_URL");
        return start(environment, builder);
    }

    private static PackagedApp start(Map<String, String> environment, ProcessBuilder builder) throws IOException {
        int port = freePort();
        Path log = Files.createTempFile("majlis", ".log");
        builder.environment().putAll(environment);
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        return new PackagedApp(port, builder.start(), log);
    }

    /** What a command of the packaged jar printed, and how it ended. */
    record Finished(int exitCode, String out, String err) {
    }

    /** Runs the packaged app with ARGS to its end, as an analyst runs one of its commands. */
    static Finished command(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile("majlis", ".out");
        Path err = Files.createTempFile("majlis", ".err");
        Process process = launch(environment, args).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException(String.join(" ", LAUNCHER) + " " + String.join(" ", args) + " still running after 60 s");
        }
        return new Finished(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    /**
     * An analyst's token from the packaged app's token command, as the README has it, signed with the key at that path
     * (an installation's {@code majlis-data/signing-key.pem}, which the service checks with).
     */
    static String token(Path key, String user) throws IOException, InterruptedException {
        Finished token = command(Map.of("MAJLIS_AUTH_LOCAL_KEY", key.toString()), "token", user, "--role", "analyst");
        if (token.exitCode() != 0) {
            throw new AssertionError("token " + user + " exited " + token.exitCode() + ": " + token.err());
        }
        return token.out().strip();
    }

    private static ProcessBuilder launch(Map<String, String> environment, String... args) {
        List<String> command = new ArrayList<>(LAUNCHER);
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        // As an operator would: the bundled seeds, not the fixture that failsafe's environment gives the packaged
        // app of @QuarkusIntegrationTest (pom.xml); a test that wants other seeds says so in its environment.
        builder.environment().remove("MAJLIS_SEEDS_BUNDLED");
        builder.environment().remove("MAJLIS_SEEDS_EXTERNAL");
        builder.environment().putAll(environment);
        return builder;
    }

    /** Waits until ready; false when the process ended first. */
    boolean awaitReady(Duration timeout) throws InterruptedException, IOException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                return false;
            }
            try {
                if (get("/q/health/ready").statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("not ready within " + timeout + ":\n" + output());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postGraphQL(String json) throws IOException, InterruptedException {
        return send(graphQL(json));
    }

    /** As a writer: with their bearer token. */
    HttpResponse<String> postGraphQL(String json, String token) throws IOException, InterruptedException {
        return send(graphQL(json).header("Authorization", "Bearer " + token));
    }

    private HttpRequest.Builder graphQL(String json) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json))
                .timeout(Duration.ofSeconds(5));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    String output() throws IOException {
        return Files.readString(log);
    }

    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("still running after " + timeout);
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static List<String> launcher(Path target) {
        Properties artifact = new Properties();
        try (Reader reader = Files.newBufferedReader(target.resolve("quarkus-artifact.properties"))) {
            artifact.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("no packaged application: run ./mvnw package first", e);
        }
        // Absolute, so that a test may start it in a working directory of its own.
        Path path = target.resolve(artifact.getProperty("path")).toAbsolutePath();
        return "native".equals(artifact.getProperty("type")) ? List.of(path.toString())
                : List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", path.toString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
