import java.io.IOException;
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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures how Majlis's cost grows with its data. For each corpus size N it generates a synthetic seed folder
 * (CorpusGenerator), starts the packaged app on it several times and measures import time and claims per second,
 * time from process start to ready, RSS and heap after import; then, under a fixed load on loopback, throughput
 * and p50/p99 latency of five frontend queries from graphql/operations/ and of a plain REST endpoint that returns
 * the meetings answer precomputed; then, in one more start with SQL logging, the SQL statements each query costs.
 * It prints a Markdown table of medians (min–max). Run it from the repository root after ./mvnw package:
 *
 *   java bench/Benchmark.java                 # N = 1, 100, 1000, 10000; 3 starts each
 *   java bench/Benchmark.java 1,100 2         # chosen sizes, 2 starts each
 *   java bench/Benchmark.java 1,100 0         # only the SQL statements per query
 */
public final class Benchmark {

    static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    static final int CONNECTIONS = 16;
    static final int REQUESTS = 2000;
    static final Duration WARM_UP = Duration.ofSeconds(3);
    /**
     * All five queries in turn before any is measured: on two cores the JIT compiler needs tens of thousands of
     * requests before throughput settles, and after 3 s it was still climbing (node by id went from 400 to 1,800
     * req/s over 50,000 requests), which measured the compiler rather than the service.
     */
    static final Duration MIXED_WARM_UP = Duration.ofSeconds(45);

    /** The five representative queries: the operation file and its variables at any N. */
    static final Map<String, String> QUERIES = new LinkedHashMap<>();

    static {
        QUERIES.put("meetings list", op("MeetingsInMoscow", "{\"place\": \"Place:syn-tripoli\", \"first\": 20}"));
        QUERIES.put("actor profile", op("ActorProfile", "{\"id\": \"%ACTOR%\"}"));
        QUERIES.put("presences + evidence", op("MilitaryPresencesInLibya", "{\"country\": \"LY\"}"));
        QUERIES.put("node by id", op("NodeById", "{\"id\": \"Place:benghazi\"}"));
        QUERIES.put("search", op("SearchByName", "{\"text\": \"Haddad\"}"));
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = Arrays.stream((args.length > 0 ? args[0] : "1,100,1000,10000").split(",")).mapToInt(Integer::parseInt)
                .toArray();
        int starts = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<String> report = new ArrayList<>();
        report.add("| N docs | claims | import ms | claims/s | ready ms | RSS MiB | heap MiB | "
                + String.join(" | ", QUERIES.keySet().stream().map(q -> q + " req/s, p50/p99 ms").toList())
                + " | REST baseline req/s | GraphQL/REST |");
        report.add("|" + "---|".repeat(9 + QUERIES.size()));
        List<String> sql = new ArrayList<>();
        for (int n : sizes) {
            Path corpus = Path.of("target/bench/corpus-" + n);
            if (!Files.exists(corpus)) {
                run(List.of(java(), "bench/CorpusGenerator.java", String.valueOf(n), corpus.toString()));
            }
            List<Map<String, Double>> runs = new ArrayList<>();
            for (int s = 0; s < starts; s++) {
                runs.add(measure(corpus, n));
            }
            if (!runs.isEmpty()) {
                report.add(row(n, runs));
            }
            sql.add("| " + n + " | " + String.join(" | ", statements(corpus).values().stream().map(String::valueOf).toList()) + " |");
            System.out.println(report.get(report.size() - 1));
        }
        System.out.println("\nMedians over " + starts + " starts (min–max); " + CONNECTIONS + " connections, " + REQUESTS
                + " requests per query after " + MIXED_WARM_UP.toSeconds() + " s of all queries in turn and "
                + WARM_UP.toSeconds() + " s of the query itself.\n");
        report.forEach(System.out::println);
        System.out.println("\nSQL statements per request:\n\n| N docs | " + String.join(" | ", QUERIES.keySet()) + " |\n|"
                + "---|".repeat(QUERIES.size() + 1));
        sql.forEach(System.out::println);
    }

    /** One start: import, readiness, memory, then the load. */
    static Map<String, Double> measure(Path corpus, int n) throws Exception {
        Map<String, Double> m = new LinkedHashMap<>();
        try (App app = App.start(corpus, false)) {
            m.put("ready", (double) app.readyMillis);
            Matcher imported = Pattern.compile("Seeds imported: (\\d+) documents, (\\d+) claims.*read and checked in (\\d+) ms, "
                    + "written in (\\d+) ms").matcher(app.log());
            if (!imported.find()) {
                throw new IllegalStateException("no import line in the log:\n" + app.log());
            }
            long claims = Long.parseLong(imported.group(2));
            double importMs = Long.parseLong(imported.group(3)) + Long.parseLong(imported.group(4));
            m.put("claims", (double) claims);
            m.put("import", importMs);
            m.put("claims/s", claims / (importMs / 1000));
            m.put("rss", app.rssMiB());
            m.put("heap", app.heapMiB());
            String actor = app.anActorWithMeetings();
            List<Load.Call> all = QUERIES.values().stream().map(q -> q.replace("%ACTOR%", actor))
                    .<Load.Call> map(body -> () -> app.post("/graphql", body)).toList();
            Load.warm(all, MIXED_WARM_UP);
            for (var query : QUERIES.entrySet()) {
                String body = query.getValue().replace("%ACTOR%", actor);
                Load load = Load.run(() -> app.post("/graphql", body));
                m.put(query.getKey() + " rps", load.throughput);
                m.put(query.getKey() + " p50", load.p50);
                m.put(query.getKey() + " p99", load.p99);
                m.put(query.getKey() + " errors", (double) load.errors);
            }
            String meetings = app.post("/graphql", QUERIES.get("meetings list")).body();
            app.put("/baseline/meetings", meetings);
            Load rest = Load.run(() -> app.get("/baseline/meetings"));
            m.put("rest rps", rest.throughput);
            m.put("rest errors", (double) rest.errors);
        }
        return m;
    }

    /** SQL statements each query costs, counted from Hibernate's SQL log in a start of its own. */
    static Map<String, Integer> statements(Path corpus) throws Exception {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (App app = App.start(corpus, true)) {
            String actor = app.anActorWithMeetings();
            for (var query : QUERIES.entrySet()) {
                int before = app.sqlLines();
                HttpResponse<String> response = app.post("/graphql", query.getValue().replace("%ACTOR%", actor));
                if (response.body().contains("\"errors\"")) {
                    throw new IllegalStateException(query.getKey() + ": " + response.body());
                }
                Thread.sleep(300); // let the log reach the file
                counts.put(query.getKey(), app.sqlLines() - before);
            }
        }
        return counts;
    }

    static String row(int n, List<Map<String, Double>> runs) {
        StringBuilder row = new StringBuilder("| " + n);
        for (String key : List.of("claims", "import", "claims/s", "ready", "rss", "heap")) {
            row.append(" | ").append(cell(runs, key));
        }
        double graphqlMeetings = median(runs, "meetings list rps");
        for (String query : QUERIES.keySet()) {
            row.append(" | ").append(cell(runs, query + " rps")).append(", ").append(fmt(median(runs, query + " p50"))).append('/')
                    .append(fmt(median(runs, query + " p99")));
            if (median(runs, query + " errors") > 0) {
                row.append(" (").append(fmt(median(runs, query + " errors"))).append(" errors)");
            }
        }
        double rest = median(runs, "rest rps");
        row.append(" | ").append(cell(runs, "rest rps")).append(" | ").append(String.format(Locale.ROOT, "%.2f", graphqlMeetings / rest))
                .append(" |");
        return row.toString();
    }

    static String cell(List<Map<String, Double>> runs, String key) {
        double[] values = runs.stream().mapToDouble(r -> r.get(key)).sorted().toArray();
        String median = fmt(median(runs, key));
        return values.length == 1 || values[0] == values[values.length - 1] ? median
                : median + " (" + fmt(values[0]) + "–" + fmt(values[values.length - 1]) + ")";
    }

    static double median(List<Map<String, Double>> runs, String key) {
        double[] values = runs.stream().mapToDouble(r -> r.get(key)).sorted().toArray();
        return values.length % 2 == 1 ? values[values.length / 2] : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
    }

    static String fmt(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.1f", value);
    }

    static String op(String name, String variables) {
        try {
            String query = Files.readString(Path.of("graphql/operations", name + ".graphql"));
            return "{\"query\": " + json(query) + ", \"variables\": " + variables + "}";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String json(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("failed: " + command);
        }
    }

    /** A fixed number of requests from a fixed number of connections, after a warm-up; latencies in ms. */
    record Load(double throughput, double p50, double p99, int errors) {

        interface Call {
            HttpResponse<String> send() throws Exception;
        }

        interface Worker {
            void work(int connection) throws Exception;
        }

        /** Sends the calls in turn from every connection until the time is up. */
        static void warm(List<Call> calls, Duration time) throws Exception {
            long until = System.nanoTime() + time.toNanos();
            onEveryConnection(connection -> {
                for (int i = connection; System.nanoTime() < until; i++) {
                    calls.get(i % calls.size()).send();
                }
            });
        }

        static Load run(Call call) throws Exception {
            warm(List.of(call), WARM_UP);
            AtomicInteger next = new AtomicInteger();
            AtomicInteger errors = new AtomicInteger();
            double[] latencies = new double[REQUESTS];
            long started = System.nanoTime();
            onEveryConnection(connection -> {
                for (int i = next.getAndIncrement(); i < REQUESTS; i = next.getAndIncrement()) {
                    long t = System.nanoTime();
                    HttpResponse<String> response = call.send();
                    latencies[i] = (System.nanoTime() - t) / 1e6;
                    if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
                        errors.incrementAndGet();
                    }
                }
            });
            double seconds = (System.nanoTime() - started) / 1e9;
            Arrays.sort(latencies);
            return new Load(REQUESTS / seconds, latencies[REQUESTS / 2], latencies[(int) (REQUESTS * 0.99)], errors.get());
        }

        /** Runs the worker on each of the connections at once and waits for all of them. */
        static void onEveryConnection(Worker worker) throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
            try {
                List<Future<?>> workers = new ArrayList<>();
                for (int c = 0; c < CONNECTIONS; c++) {
                    int connection = c;
                    workers.add(pool.submit(() -> {
                        worker.work(connection);
                        return null;
                    }));
                }
                for (Future<?> f : workers) {
                    f.get();
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /** The packaged app on a free port, on a corpus. */
    static final class App implements AutoCloseable {
        final Process process;
        final Path log;
        final int port;
        final long readyMillis;
        final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        private App(Process process, Path log, int port, long readyMillis) {
            this.process = process;
            this.log = log;
            this.port = port;
            this.readyMillis = readyMillis;
        }

        static App start(Path corpus, boolean logSql) throws Exception {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            Path log = Files.createTempFile("majlis-bench", ".log");
            // The answer cache off: the harness repeats the same requests, so with it on it would measure the cache
            // (bench/load/answer-cache.sh measures cached against uncached side by side).
            List<String> command = new ArrayList<>(List.of(java(), "-Dquarkus.http.port=" + port, "-Dmajlis.baseline.enabled=true",
                    "-Dmajlis.cache.answers=false"));
            if (logSql) {
                command.add("-Dquarkus.log.category.\"org.hibernate.SQL\".level=DEBUG");
            }
            command.addAll(List.of("-jar", JAR.toString()));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("MAJLIS_SEEDS_EXTERNAL", corpus.toAbsolutePath().toString());
            long started = System.nanoTime();
            Process process = builder.start();
            App app = new App(process, log, port, 0);
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the app stopped:\n" + app.log());
                }
                try {
                    if (app.get("/q/health/ready").statusCode() == 200) {
                        break;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(20);
            }
            return new App(process, log, port, (System.nanoTime() - started) / 1_000_000);
        }

        String log() throws IOException {
            return Files.readString(log, StandardCharsets.UTF_8);
        }

        int sqlLines() throws IOException {
            return (int) Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(l -> l.contains("org.hibernate.SQL")).count();
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30))
                    .build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        void put(String path, String json) throws IOException, InterruptedException {
            http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.discarding());
        }

        String anActorWithMeetings() throws IOException, InterruptedException {
            Matcher m = Pattern.compile("\"id\":\"(Actor:[^\"]+)\"").matcher(post("/graphql",
                    "{\"query\": \"{ meetings(orderBy: DATE_DESC, first: 1) { nodes { participants { actor { id } } } } }\"}").body());
            return m.find() ? m.group(1) : "Actor:sergei-lavrov";
        }

        double rssMiB() throws IOException {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
            return Double.NaN;
        }

        /** Heap in use after a full collection, from jcmd. */
        double heapMiB() throws IOException, InterruptedException {
            String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
            Process gc = new ProcessBuilder(jcmd, String.valueOf(process.pid()), "GC.run").redirectErrorStream(true).start();
            gc.getInputStream().readAllBytes();
            gc.waitFor();
            Process info = new ProcessBuilder(jcmd, String.valueOf(process.pid()), "GC.heap_info").redirectErrorStream(true).start();
            String out = new String(info.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            info.waitFor();
            Matcher used = Pattern.compile("total \\d+K, used (\\d+)K").matcher(out);
            return used.find() ? Long.parseLong(used.group(1)) / 1024.0 : Double.NaN;
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
