import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Trains the JDK's AOT cache (JEP 483/514/515) of the packaged service, inside the image it will run in, so that
 * the cache matches that image's runtime and paths by construction (deploy/Dockerfile.jvm runs it).
 *
 * <pre>java -cp DIR AotTraining APP_DIR OPERATIONS_DIR INTROSPECTION_FILE ROUNDS [JVM_OPTION...]
 * java -cp DIR AotTraining --check-only APP_DIR</pre>
 *
 * It starts {@code java -XX:AOTCacheOutput=APP_DIR/app.aot JVM_OPTION... -jar quarkus-run.jar} on a free loopback
 * port, waits for the service to be started and ready, sends the training workload (the health endpoints, every
 * operation of OPERATIONS_DIR with its variables, GraphiQL's introspection query, a GET query and a refused
 * request), ROUNDS times, then stops the service with SIGTERM, as a container runtime does; the JVM writes the
 * cache as it exits. Every answer must be HTTP 200 with data and no errors (the refused request a 4xx), and the
 * cache must exist at the end: otherwise it exits non-zero with the service's log. --check-only only checks that
 * APP_DIR holds an aot-jar.
 *
 * Needs only the JRE (java.net.http): the runtime images have no curl and no compiler.
 */
public class AotTraining {

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--check-only")) {
            requireAotJar(Path.of(args[1], "quarkus-run.jar"));
            return;
        }
        if (args.length < 4) {
            System.err.println("usage: AotTraining APP_DIR OPERATIONS_DIR INTROSPECTION_FILE ROUNDS [JVM_OPTION...]");
            System.exit(2);
        }
        Path app = Path.of(args[0]).toAbsolutePath();
        Path operations = Path.of(args[1]);
        String introspection = Files.readString(Path.of(args[2]));
        int rounds = Integer.parseInt(args[3]);
        List<String> jvmOptions = List.of(args).subList(4, args.length);

        requireAotJar(app.resolve("quarkus-run.jar"));
        Path cache = app.resolve("app.aot");
        Files.deleteIfExists(cache);

        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        Path log = Files.createTempFile("aot-training", ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-XX:AOTCacheOutput=" + cache);
        command.addAll(jvmOptions);
        command.add("-Dquarkus.http.host=127.0.0.1");
        command.add("-Dquarkus.http.port=" + port);
        command.add("-jar");
        command.add("quarkus-run.jar");
        System.out.println("AOT training: " + String.join(" ", command));
        long started = System.nanoTime();
        Process service = new ProcessBuilder(command).directory(app.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();

        int requests = 0;
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            String base = "http://127.0.0.1:" + port;
            waitUntilUp(http, base + "/q/health/started", service, log);
            System.out.printf("AOT training: service started in %d ms%n", (System.nanoTime() - started) / 1_000_000);

            List<String[]> bodies = new ArrayList<>(); // name, JSON body
            try (Stream<Path> files = Files.list(operations)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".graphql")).sorted().toList()) {
                    String name = file.getFileName().toString().replaceAll("\\.graphql$", "");
                    Path variables = operations.resolve(name + ".variables.json");
                    bodies.add(new String[] {name, "{\"query\":" + jsonString(Files.readString(file))
                            + (Files.exists(variables) ? ",\"variables\":" + Files.readString(variables).strip() : "")
                            + "}"});
                }
            }
            if (bodies.isEmpty()) {
                throw new IllegalStateException("no *.graphql in " + operations);
            }
            bodies.add(new String[] {"IntrospectionQuery", "{\"query\":" + jsonString(introspection) + "}"});

            for (int round = 1; round <= rounds; round++) {
                for (String path : List.of("/q/health/started", "/q/health/ready", "/q/health/live")) {
                    expect(http, HttpRequest.newBuilder(URI.create(base + path)).build(), 200, path, log);
                    requests++;
                }
                for (String[] body : bodies) {
                    String answer = expect(http, post(base, body[1]), 200, body[0], log);
                    if (!answer.contains("\"data\"") || answer.contains("\"errors\"")) {
                        throw new IllegalStateException(body[0] + " answered with errors: " + abbreviate(answer));
                    }
                    requests++;
                }
                // A cacheable GET query, and a refused mutation over GET (405): the gate's paths.
                expect(http, HttpRequest.newBuilder(URI.create(base + "/graphql?query=%7Bdocuments%7BtotalCount%7D%7D"))
                        .build(), 200, "GET query", log);
                expect(http, HttpRequest.newBuilder(URI.create(base + "/graphql?query=mutation%7Bx%7D")).build(), 405,
                        "GET mutation", log);
                expect(http, HttpRequest.newBuilder(URI.create(base + "/q/metrics")).build(), 200, "/q/metrics", log);
                requests += 3;
            }
        } catch (Exception | Error e) {
            service.destroyForcibly();
            dump(log);
            throw e;
        }

        // SIGTERM, as at the end of a container's life: the JVM runs its shutdown and writes the cache on exit.
        service.destroy();
        int code = service.waitFor();
        long seconds = (System.nanoTime() - started) / 1_000_000_000;
        if (!Files.isRegularFile(cache) || Files.size(cache) == 0) {
            dump(log);
            throw new IllegalStateException("the JVM exited (" + code + ") without writing " + cache);
        }
        Files.deleteIfExists(app.resolve("app.aot.config"));
        System.out.printf("AOT training: %d requests, %d s in all; %s written, %d MiB (JVM exit %d)%n", requests,
                seconds, cache, Files.size(cache) >> 20, code);
        // The JDK's own remarks on the training, for the build log.
        try (Stream<String> lines = Files.lines(log)) {
            lines.filter(l -> l.contains("[aot") || l.contains("[cds")).limit(20).forEach(System.out::println);
        }
    }

    /** The aot-jar puts every class on the JDK's class path, the only one an AOT cache records. */
    private static void requireAotJar(Path runJar) throws IOException {
        if (!Files.isRegularFile(runJar)) {
            throw new IllegalStateException(runJar + " is missing: build the aot-jar first (deploy/README.md)");
        }
        try (JarFile jar = new JarFile(runJar.toFile())) {
            String classPath = jar.getManifest().getMainAttributes().getValue("Class-Path");
            if (classPath == null || !classPath.contains("quarkus/generated-bytecode.jar")) {
                throw new IllegalStateException(runJar + " is not an aot-jar (its classes would load outside the AOT"
                        + " cache): package with -Dquarkus.package.jar.type=aot-jar (deploy/README.md)");
            }
        }
    }

    private static void waitUntilUp(HttpClient http, String url, Process service, Path log) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            if (!service.isAlive()) {
                dump(log);
                throw new IllegalStateException("the service stopped before it started (exit " + service.exitValue() + ")");
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the service did not start within 3 minutes");
    }

    private static HttpRequest post(String base, String body) {
        return HttpRequest.newBuilder(URI.create(base + "/graphql")).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String expect(HttpClient http, HttpRequest request, int status, String what, Path log)
            throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != status) {
            throw new IllegalStateException(what + ": HTTP " + response.statusCode() + ", expected " + status + ": "
                    + abbreviate(response.body()));
        }
        return response.body();
    }

    static String jsonString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static String abbreviate(String text) {
        return text.length() > 500 ? text.substring(0, 500) + "..." : text;
    }

    private static void dump(Path log) throws IOException {
        System.err.println("---- the service's log (" + log + ") ----");
        try (Stream<String> lines = Files.lines(log)) {
            List<String> all = lines.toList();
            all.subList(Math.max(0, all.size() - 200), all.size()).forEach(System.err::println);
        }
    }
}
