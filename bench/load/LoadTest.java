import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A fixed number of GraphQL requests, cycling through the frontend operations of graphql/operations/ with their
 * example variables, from a fixed number of concurrent connections; bounded in time. Prints throughput, latency
 * percentiles and errors: an answer that is not HTTP 200, or whose body carries GraphQL "errors", is an error.
 * Run by bench/load/run.sh with the JDK's source launcher:
 *
 *   java bench/load/LoadTest.java URL REQUESTS CONNECTIONS OPERATIONS_FOLDER
 */
public final class LoadTest {

    private static final Duration BOUND = Duration.ofMinutes(5);

    public static void main(String[] args) throws Exception {
        URI url = URI.create(args[0]);
        int requests = Integer.parseInt(args[1]);
        int connections = Integer.parseInt(args[2]);
        List<String> bodies = bodies(Path.of(args[3]));

        ExecutorService workers = Executors.newFixedThreadPool(connections);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(workers).build();
        long[] latencies = new long[requests];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        long deadline = System.nanoTime() + BOUND.toNanos();
        long started = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            Thread thread = new Thread(() -> {
                for (int i = next.getAndIncrement(); i < requests && System.nanoTime() < deadline; i = next.getAndIncrement()) {
                    HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(bodies.get(i % bodies.size()))).build();
                    long sent = System.nanoTime();
                    try {
                        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
                            error(errors, response.statusCode() + " " + response.body());
                        }
                    } catch (IOException | InterruptedException e) {
                        error(errors, e.toString());
                    }
                    latencies[i] = System.nanoTime() - sent;
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        workers.shutdown();
        workers.awaitTermination(10, TimeUnit.SECONDS);

        long[] done = Arrays.stream(latencies).filter(l -> l > 0).sorted().toArray();
        System.out.printf("requests: %d of %d in %.2f s%s%n", done.length, requests, seconds,
                done.length < requests ? " (stopped at the " + BOUND.toMinutes() + "-minute bound)" : "");
        System.out.printf("throughput: %.0f requests/s%n", done.length / seconds);
        System.out.printf("latency: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", millis(done, 0.50), millis(done, 0.99),
                done[done.length - 1] / 1e6);
        System.out.printf("errors: %d%n", errors.get() + (requests - done.length));
        System.exit(errors.get() == 0 && done.length == requests ? 0 : 1);
    }

    /** Counts an error; shows the first, which usually explains the rest. */
    private static void error(AtomicInteger errors, String what) {
        if (errors.incrementAndGet() == 1) {
            System.err.println("first error: " + what.substring(0, Math.min(what.length(), 500)));
        }
    }

    private static double millis(long[] sorted, double percentile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(percentile * sorted.length) - 1)] / 1e6;
    }

    private static List<String> bodies(Path folder) throws IOException {
        List<String> bodies = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path query : files.filter(f -> f.toString().endsWith(".graphql")).sorted().toList()) {
                Path variables = Path.of(query.toString().replaceAll("\\.graphql$", ".variables.json"));
                bodies.add("{\"query\":" + quote(Files.readString(query)) + ",\"variables\":"
                        + (Files.exists(variables) ? Files.readString(variables) : "{}") + "}");
            }
        }
        return bodies;
    }

    private static String quote(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> json.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return json.append('"').toString();
    }
}
