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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Measures what Majlis costs, against a bare Quarkus app with the same stack (bench/bare/) and against a plain REST
 * endpoint of the same HTTP stack serving Majlis's answer precomputed (bench/rest/), and how the cost grows with the
 * data. Each part starts the packaged apps itself, on loopback, and prints medians (min–max) of several runs; the
 * last lines are a summary table. Run from the repository root after building the three apps (./mvnw -B package
 * -DskipTests; ./mvnw -B -f bench/bare/pom.xml package -DskipTests; ./mvnw -B -f bench/rest/pom.xml package
 * -DskipTests):
 *
 *   java bench/Benchmark.java                          # every part below with its defaults (sized for 20-25 minutes)
 *   java bench/Benchmark.java cpu [PAIRS] [REQUESTS]   # CPU per trivial query, Majlis and bare by turns (5, 20000)
 *   java bench/Benchmark.java start [RUNS]             # ms from launch to the first answer (5); JDK 25 too if
 *                                                      #   JAVA25_HOME is set
 *   java bench/Benchmark.java restart [RUNS]           # the same on an H2 file that already holds the bundled
 *                                                      #   seeds (the default store), beside the bare app (5)
 *   java bench/Benchmark.java stores [N] [RUNS]        # the read path on H2 in memory and on the H2 file, by turns:
 *                                                      #   CPU per trivial query, meetings list at N (10000, 3)
 *   java bench/Benchmark.java mutations [N] [COUNT]    # a writer's createDocument, editDocument, addMeeting and
 *                                                      #   editMeeting, one at a time, on the H2 file at N: latency
 *                                                      #   p50/p99 and the server's CPU each (10000, 200)
 *   java bench/Benchmark.java names [N] [COUNT]        # new names at N on the H2 file: COUNT addActor of a person no
 *                                                      #   document names, then an editActor giving each a given
 *                                                      #   name the corpus uses as a new alias; latency, and each
 *                                                      #   answer checked to be searchable and mentioned at once (10000, 16)
 *   java bench/Benchmark.java meetings [N] [RUNS]      # meetings list uncached and cached, REST baseline, import (10000, 3)
 *   java bench/Benchmark.java import [N] [STARTS]      # the import alone (10000, 3)
 *   java bench/Benchmark.java rss [SIZES] [STARTS] [LIMIT]  # RSS after import at the Kubernetes heap (1,1000,10000, 1,
 *                                                      #   the limit of deploy/kubernetes/deployment-jvm.yaml, e.g. 768Mi)
 *   java bench/Benchmark.java corpus [SIZES] [STARTS]  # the per-N tables: import, ready, memory, five queries, SQL
 *                                                      #   statements (1,100,1000,10000, 3; 0 starts: statements only)
 *   java bench/Benchmark.java native [RUNS]            # the native binary beside the jar on JDK 17 (and JDK 25 when
 *                                                      #   JAVA25_HOME is set), by turns: first answer, RSS after
 *                                                      #   import at N = 1, 1,000, 10,000, CPU per trivial query, the
 *                                                      #   meetings list and the import at N = 10,000, sizes (5)
 *
 * Corpora come from bench/CorpusGenerator.java, written once to target/bench/corpus-N and imported beside the bundled
 * seeds. Every process the harness starts is ended when it stops, and every wait is bounded.
 */
public final class Benchmark {

    static {
        // Before the fields below, which read graphql/operations/: every path here is the repository root's.
        if (!Files.exists(Path.of("bench/Benchmark.java"))) {
            fail("run it from the repository root: java bench/Benchmark.java");
        }
    }

    static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    static final Path BARE_JAR = Path.of("bench/bare/target/quarkus-app/quarkus-run.jar");
    static final Path REST_JAR = Path.of("bench/rest/target/quarkus-app/quarkus-run.jar");
    /** The native binary of ./mvnw -B package -DskipTests -Dnative (docs/native.md), beside the jar. */
    static final Path NATIVE = Path.of("target/majlis-0.1.0-SNAPSHOT-runner");
    static final Path NATIVE_MANIFEST = Path.of("deploy/kubernetes/deployment-native.yaml");
    static final Path MANIFEST = Path.of("deploy/kubernetes/deployment-jvm.yaml");
    static final int CONNECTIONS = 16;
    static final int REQUESTS = 2000;
    /** Cached answers and the REST baseline take a millisecond or less: 2,000 of them would be over in a blink. */
    static final int FAST_REQUESTS = 20_000;
    static final Duration WARM_UP = Duration.ofSeconds(3);
    /**
     * All five queries in turn before any is measured: on two cores the JIT compiler needs tens of thousands of
     * requests before throughput settles, and after 3 s it was still climbing (node by id went from 400 to 1,800
     * req/s over 50,000 requests), which measured the compiler rather than the service.
     */
    static final Duration MIXED_WARM_UP = Duration.ofSeconds(45);
    /** The meetings list alone, cached or not, before it is measured: thousands of requests of 700 fields each. */
    static final Duration MEETINGS_WARM_UP = Duration.ofSeconds(30);
    /**
     * CPU per request is read from few connections: with 16 on two cores the time would go to switching between
     * request threads, which is the machine's cost more than the app's.
     */
    static final int CPU_CONNECTIONS = 4;
    /** The longest a start may take: N = 10,000 at the Kubernetes heap takes about 20 s. */
    static final Duration START_BOUND = Duration.ofMinutes(5);
    /** The longest any measured load may take, so that a stuck server ends the run instead of hanging it. */
    static final Duration LOAD_BOUND = Duration.ofMinutes(10);

    /** The trivial query, the same text for Majlis and the bare app, and the only answer that counts as correct. */
    static final String TRIVIAL = "{\"query\": \"query { actors(first: 3) { nodes { name } } }\"}";
    static final Pattern TRIVIAL_ANSWER = Pattern
            .compile("\\{\"data\":\\{\"actors\":\\{\"nodes\":\\[\\{\"name\":\"[^\"]+\"}(,\\{\"name\":\"[^\"]+\"}){2}]}}}");
    static final Pattern IMPORTED = Pattern
            .compile("Seeds imported: (\\d+) documents, (\\d+) claims.*read and checked in (\\d+) ms, written in (\\d+) ms");

    /** The five representative queries: the operation file and its variables at any N. */
    static final Map<String, String> QUERIES = new LinkedHashMap<>();

    static {
        QUERIES.put("meetings list", op("MeetingsInMoscow", "{\"place\": \"Place:syn-tripoli\", \"first\": 20}"));
        QUERIES.put("actor profile", op("ActorProfile", "{\"id\": \"%ACTOR%\"}"));
        QUERIES.put("presences + evidence", op("MilitaryPresencesInLibya", "{\"country\": \"LY\"}"));
        QUERIES.put("node by id", op("NodeById", "{\"id\": \"Place:benghazi\"}"));
        QUERIES.put("search", op("SearchByName", "{\"text\": \"Haddad\"}"));
    }

    /** Rows of the closing table, added by each part as it finishes. */
    static final List<String> SUMMARY = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        String part = args.length > 0 ? args[0] : "all";
        Runtime.getRuntime().addShutdownHook(new Thread(App::endAll));
        machine(part);
        switch (part) {
            case "cpu" -> cpu(intArg(args, 1, 5), intArg(args, 2, 20_000));
            case "start" -> start(intArg(args, 1, 5));
            case "restart" -> restart(intArg(args, 1, 5));
            case "stores" -> stores(intArg(args, 1, 10_000), intArg(args, 2, 3));
            case "mutations" -> mutations(intArg(args, 1, 10_000), intArg(args, 2, 200));
            case "names" -> names(intArg(args, 1, 10_000), intArg(args, 2, 16));
            case "drafts" -> drafts(intArg(args, 1, 10_000), intArg(args, 2, 50));
            case "meetings" -> meetings(intArg(args, 1, 10_000), intArg(args, 2, 3));
            case "import" -> imports(intArg(args, 1, 10_000), intArg(args, 2, 3));
            case "rss" -> rss(sizes(args.length > 1 ? args[1] : "1,1000,10000"), intArg(args, 2, 1), args.length > 3 ? args[3] : null);
            case "corpus" -> corpus(sizes(args.length > 1 ? args[1] : "1,100,1000,10000"), intArg(args, 2, 3));
            case "native" -> nativeBesideTheJvm(intArg(args, 1, 5));
            case "all" -> {
                needMajlis();
                needBare();
                needRest();
                cpu(5, 20_000);
                start(5);
                meetings(10_000, 3);
                rss(sizes("1,1000,10000"), 1, null);
                // One start per N keeps the whole near 20 minutes on two idle cores; `corpus` alone makes three.
                corpus(sizes("1,100,1000,10000"), 1);
            }
            default -> fail("unknown part " + part + "; the parts are cpu, start, meetings, import, rss, corpus, native, or none for all"
                    + " (see the top of bench/Benchmark.java)");
        }
        if (!SUMMARY.isEmpty()) {
            System.out.println("\n## Summary\n\n| what | Majlis | bare app / REST | ratio | target |\n|---|---|---|---|---|");
            SUMMARY.forEach(System.out::println);
            System.out.println("\nMedians (min–max); a ratio is the median of the runs' own ratios. Targets: issue 6's"
                    + " (docs/benchmarks.md) and the manifest's memory limit.");
        }
        System.out.println("\nLoad average at the end: " + loadAverage());
    }

    /** The date and the machine, since every figure depends on them. */
    static void machine(String part) throws Exception {
        System.out.println("# bench/Benchmark.java " + part + ", " + Instant.now().truncatedTo(ChronoUnit.SECONDS));
        System.out.println("\n" + Runtime.getRuntime().availableProcessors() + " cores, load average " + loadAverage() + "; "
                + javaVersion(java()) + (java25() != null ? "; " + javaVersion(java25()) : "; JAVA25_HOME not set"));
    }

    // --- CPU per request ---------------------------------------------------------------------------------------

    /**
     * CPU per trivial query of Majlis and of the bare app, by turns: each run starts its app afresh, sends the
     * requests once as a warm-up and once measured, and reads the server process's user and system time around the
     * measured ones. That time includes the JIT compiler and the garbage collector, which the requests cause.
     */
    static void cpu(int pairs, int requests) throws Exception {
        needMajlis();
        needBare();
        // Cache off, so that Majlis does the work every time; the bare app has no cache.
        Launch majlis = Launch.majlis(java(), "-Dmajlis.cache.answers=false");
        Launch bare = Launch.bare(java());
        System.out.println("\n## CPU per request: " + TRIVIAL + "\n\nEach run a fresh start; " + requests + " requests from "
                + CPU_CONNECTIONS + " connections to warm up, then " + requests + " measured; the server's utime + stime from"
                + " /proc/PID/stat. Majlis with -Dmajlis.cache.answers=false.\n");
        System.out.println("| pair | Majlis CPU ms/request | Majlis req/s | bare CPU ms/request | bare req/s | Majlis/bare"
                + " | load average |");
        System.out.println("|---|---|---|---|---|---|---|");
        double[][] cpu = new double[2][pairs];
        double[] ratios = new double[pairs];
        long ticksPerSecond = clockTicks();
        for (int p = 0; p < pairs; p++) {
            Load[] loads = new Load[2];
            for (int a = 0; a < 2; a++) {
                try (App app = App.start(a == 0 ? majlis : bare, App::answersTrivially)) {
                    Load.Call call = () -> app.post("/graphql", TRIVIAL);
                    Load.of(call, requests, CPU_CONNECTIONS);
                    long before = app.cpuTicks();
                    loads[a] = Load.of(call, requests, CPU_CONNECTIONS);
                    cpu[a][p] = (app.cpuTicks() - before) * 1000.0 / ticksPerSecond / requests;
                }
            }
            ratios[p] = cpu[0][p] / cpu[1][p];
            System.out.println("| " + (p + 1) + " | " + fmt(cpu[0][p]) + " | " + loads[0].describeThroughput() + " | "
                    + fmt(cpu[1][p]) + " | " + loads[1].describeThroughput() + " | " + ratio(ratios[p]) + " | " + loadAverage() + " |");
        }
        Map<String, Integer> majlisSql = statements(majlis, Map.of("trivial", TRIVIAL));
        Map<String, Integer> bareSql = statements(bare, Map.of("trivial", TRIVIAL));
        System.out.println("\nSQL statements per trivial query (Hibernate's SQL log): Majlis " + majlisSql.get("trivial")
                + ", bare " + bareSql.get("trivial") + ".");
        SUMMARY.add("| CPU per request, trivial query, ms (" + pairs + " pairs, " + CPU_CONNECTIONS + " connections; SQL statements "
                + majlisSql.get("trivial") + " and " + bareSql.get("trivial") + ") | " + spread(cpu[0]) + " | " + spread(cpu[1])
                + " | " + ratioSpread(ratios) + " | — |");
    }

    // --- Time to first answer ----------------------------------------------------------------------------------

    /**
     * Milliseconds from launching the process to the first correct answer to the trivial query, polled every
     * 15 ms: Majlis on its bundled seeds, the bare app on its own rows, by turns; on JDK 25 as well when
     * JAVA25_HOME is set. The AOT cache is deploy/measure-startup.sh's: it is run when its aot-jar has been built.
     */
    static void start(int runs) throws Exception {
        needMajlis();
        needBare();
        List<Launch> launches = new ArrayList<>(List.of(Launch.majlis(java()).named("Majlis, JDK 17"),
                Launch.bare(java()).named("bare, JDK 17")));
        if (java25() != null) {
            launches.addAll(List.of(Launch.majlis(java25()).named("Majlis, JDK 25"), Launch.bare(java25()).named("bare, JDK 25")));
        }
        System.out.println("\n## Time to first answer\n\nms from launch to the first correct answer to " + TRIVIAL
                + " (RSS then, MiB); default JVM options.\n");
        double[][] ms = startsByTurns(launches, runs)[0];
        for (int l = 0; l + 1 < launches.size(); l += 2) {
            double[] ratios = new double[runs];
            int majlis = l;
            Arrays.setAll(ratios, r -> ms[majlis][r] / ms[majlis + 1][r]);
            SUMMARY.add("| time to first answer, " + (l == 0 ? "JDK 17" : "JDK 25") + ", ms (" + runs + " runs) | "
                    + spread(ms[l]) + " | "
                    + spread(ms[l + 1]) + " | " + ratioSpread(ratios) + " | — |");
        }
        Path aot = Path.of("target/quarkus-app/app.aot");
        if (java25() != null && Files.exists(aot) && Files.isDirectory(Path.of("target/startup/fast-jar"))) {
            System.out.println("\nWith the AOT cache, deploy/measure-startup.sh " + runs + " --no-build (Majlis only):\n");
            ProcessBuilder script = new ProcessBuilder("bash", "deploy/measure-startup.sh", String.valueOf(runs), "--no-build")
                    .inheritIO();
            script.environment().put("JAVA25_HOME", System.getenv("JAVA25_HOME"));
            App.run(script);
        } else {
            System.out.println("\nThe AOT cache is not measured here: deploy/measure-startup.sh builds and trains the aot-jar"
                    + " (it replaces target/quarkus-app) and measures it; once it has, this part runs it with --no-build"
                    + " when JAVA25_HOME is set.");
        }
    }

    /**
     * Time to first answer of a restart: Majlis on an H2 file that a first start filled with the bundled seeds (the
     * default store), which it finds there and imports nothing, beside the bare app, by turns.
     */
    static void restart(int runs) throws Exception {
        needMajlis();
        needBare();
        Path folder = Files.createTempDirectory("majlis-bench-restart");
        Launch stored = Launch.majlis(java()).stored(folder.resolve("majlis")).named("Majlis restart, JDK 17");
        try (App first = App.start(stored, App::answersTrivially)) {
            if (!first.log().contains("Seeds imported")) {
                fail("the first start did not import the seeds:\n" + first.log());
            }
        }
        List<Launch> launches = List.of(stored, Launch.bare(java()).named("bare, JDK 17"));
        System.out.println("\n## Time to first answer of a restart\n\nms from launch to the first correct answer to "
                + TRIVIAL + " (RSS then, MiB), Majlis on a database that already holds the bundled seeds.\n");
        double[][] ms = startsByTurns(launches, runs)[0];
        double[] ratios = new double[runs];
        Arrays.setAll(ratios, r -> ms[0][r] / ms[1][r]);
        SUMMARY.add("| time to first answer of a restart on the seeds it holds, JDK 17, ms (" + runs + " runs) | "
                + spread(ms[0]) + " | " + spread(ms[1]) + " | " + ratioSpread(ratios) + " | ≤ 1.3 |");
    }

    /**
     * The read path on the two embedded stores, answers uncached: H2 in memory (the images') and the H2 file (the
     * jar's default), at N documents beside the bundled seeds, by turns. The file is filled by a first start; each run
     * restarts on it, as a laptop does. Per start: CPU per trivial query (the server's utime + stime around the
     * measured requests, after as many to warm up) and the meetings list's throughput and latency.
     */
    static void stores(int n, int runs) throws Exception {
        needMajlis();
        Path corpus = corpus(n);
        Launch memory = Launch.majlis(java(), "-Dmajlis.cache.answers=false").on(corpus).named("H2 in memory");
        Launch file = memory.stored(Files.createTempDirectory("majlis-bench-stores").resolve("majlis")).named("H2 file");
        try (App first = App.start(file, App::isReady)) {
            if (!first.log().contains("Seeds imported")) {
                fail("the first start on the file did not import the seeds:\n" + first.log());
            }
        }
        System.out.println("\n## The read path on H2 in memory and on the H2 file, N = " + n + "\n\nEach start: " + FAST_REQUESTS
                + " trivial queries from " + CPU_CONNECTIONS + " connections to warm up, " + FAST_REQUESTS + " measured (CPU from "
                + "/proc/PID/stat); the meetings list for " + MEETINGS_WARM_UP.toSeconds() + " s, then " + REQUESTS
                + " requests from " + CONNECTIONS + " connections. Answer cache off.\n");
        System.out.println("| run | store | CPU ms per trivial query | meetings list req/s, p50/p99 ms |");
        System.out.println("|---|---|---|---|");
        long ticksPerSecond = clockTicks();
        List<Launch> launches = List.of(memory, file);
        double[][] cpu = new double[2][runs];
        double[][] rps = new double[2][runs];
        for (int r = 0; r < runs; r++) {
            for (int l = 0; l < 2; l++) {
                try (App app = App.start(launches.get(l), App::isReady)) {
                    Load.Call trivial = () -> app.post("/graphql", TRIVIAL);
                    Load.of(trivial, FAST_REQUESTS, CPU_CONNECTIONS);
                    long before = app.cpuTicks();
                    Load.of(trivial, FAST_REQUESTS, CPU_CONNECTIONS);
                    cpu[l][r] = (app.cpuTicks() - before) * 1000.0 / ticksPerSecond / FAST_REQUESTS;
                    String body = QUERIES.get("meetings list");
                    Load.Call meetings = () -> app.post("/graphql", body);
                    Load.warm(List.of(meetings), MEETINGS_WARM_UP, CONNECTIONS);
                    Load list = Load.of(meetings, REQUESTS, CONNECTIONS);
                    rps[l][r] = list.throughput;
                    System.out.println("| " + (r + 1) + " | " + launches.get(l).name() + " | " + fmt(cpu[l][r]) + " | "
                            + list.describe() + " |");
                }
            }
        }
        double[] cpuRatios = new double[runs];
        double[] rpsRatios = new double[runs];
        Arrays.setAll(cpuRatios, r -> cpu[1][r] / cpu[0][r]);
        Arrays.setAll(rpsRatios, r -> rps[1][r] / rps[0][r]);
        SUMMARY.add("| CPU per trivial query, ms, H2 file against H2 in memory, N = " + n + " (" + runs + " starts each) | "
                + spread(cpu[1]) + " | " + spread(cpu[0]) + " | " + ratioSpread(cpuRatios) + " | — |");
        SUMMARY.add("| meetings list req/s, H2 file against H2 in memory, N = " + n + " (" + runs + " starts each) | "
                + spread(rps[1]) + " | " + spread(rps[0]) + " | " + ratioSpread(rpsRatios) + " | — |");
    }

    /**
     * A writer's mutations at N documents, as the README sends them: a token from the token command, then COUNT new
     * documents (the bundled article's text, 4 KB of Arabic, under new slugs), an edit of each, a meeting on each and an
     * edit of that, one request at a time, on the jar's default store (an H2 file) with the answer cache on, as served. Each request's wall time and
     * the server's CPU for all of them; the first tenth of the documents warm up and are not counted.
     */
    static void mutations(int n, int count) throws Exception {
        needMajlis();
        Path corpus = corpus(n);
        Path folder = Files.createTempDirectory("majlis-bench-mutations");
        String key = folder.resolve("signing-key.pem").toString();
        Launch launch = Launch.majlis(java()).on(corpus).stored(folder.resolve("majlis"))
                .withEnv("MAJLIS_AUTH_LOCAL_KEY", key)
                // The writer's rate limit (60 a minute) would time the waits, not the mutations.
                .withEnv("MAJLIS_AUTH_WRITES_PER_MINUTE", "1000000").named("Majlis on the H2 file");
        String token = token(key);
        String text = Files.readString(Path.of("seeds/documents/000_de159ab6a08af78c.txt"));
        int warmUp = Math.max(1, count / 10);
        int lavrov = text.indexOf("لافروف");
        int haftar = text.indexOf("حفتر");
        try (App app = App.start(launch, App::isReady)) {
            List<Double> creates = new ArrayList<>();
            List<Double> edits = new ArrayList<>();
            List<Double> meetings = new ArrayList<>();
            List<Double> meetingEdits = new ArrayList<>();
            long ticksPerSecond = clockTicks();
            long cpuBefore = 0;
            for (int i = 0; i < warmUp + count; i++) {
                if (i == warmUp) {
                    cpuBefore = app.cpuTicks();
                }
                String slug = "bench-" + i;
                double created = timed(app, token, CREATE_DOCUMENT.formatted(slug, json(text)), "\"Document:" + slug + "\"");
                double edited = timed(app, token, EDIT_DOCUMENT.formatted(slug), "\"version\":2");
                double met = timed(app, token, ADD_MEETING.formatted(slug, slug, lavrov, lavrov + 6, haftar, haftar + 4),
                        "\"Meeting:" + slug + "\"");
                double metEdited = timed(app, token, EDIT_MEETING.formatted(slug), "\"version\":2");
                if (i >= warmUp) {
                    creates.add(created);
                    edits.add(edited);
                    meetings.add(met);
                    meetingEdits.add(metEdited);
                }
            }
            double cpu = (app.cpuTicks() - cpuBefore) * 1000.0 / ticksPerSecond / (4.0 * count);
            System.out.println("\n## Mutations at N = " + n + "\n\n" + count + " each of createDocument, editDocument, "
                    + "addMeeting and editMeeting, one at a time, after " + warmUp + " of each to warm up; the H2 file, "
                    + "answer cache on.\n");
            System.out.println("| mutation | p50 ms | p99 ms | max ms |\n|---|---|---|---|");
            latencies("createDocument (4 KB text)", creates);
            latencies("editDocument (title)", edits);
            latencies("addMeeting (2 participants, 3 quotes)", meetings);
            latencies("editMeeting (status)", meetingEdits);
            System.out.println("\nServer CPU per mutation: " + fmt(cpu) + " ms");
        }
    }

    /**
     * Drafts at N documents (issue 25): COUNT copies of the bundled article added as new documents, each drafted twice
     * with draftDocument: the first draft follows a change (the document's creation, a new snapshot of the names); the
     * second finds everything as the first left it. Wall time per draft and the server's CPU time over each draft alone
     * (clock ticks before and after it, a quiet pause before it), after COUNT / 10 of each to warm up.
     */
    static void drafts(int n, int count) throws Exception {
        needMajlis();
        Path corpus = corpus(n);
        Path folder = Files.createTempDirectory("majlis-bench-drafts");
        String key = folder.resolve("signing-key.pem").toString();
        Launch launch = Launch.majlis(java()).on(corpus).stored(folder.resolve("majlis"))
                .withEnv("MAJLIS_AUTH_LOCAL_KEY", key).withEnv("MAJLIS_AUTH_WRITES_PER_MINUTE", "1000000")
                .named("Majlis on the H2 file");
        String token = token(key);
        String text = Files.readString(Path.of("seeds/documents/000_de159ab6a08af78c.txt"));
        int warmUp = Math.max(1, count / 10);
        try (App app = App.start(launch, App::isReady)) {
            List<Double> afterChange = new ArrayList<>();
            List<Double> kept = new ArrayList<>();
            long ticksAfterChange = 0;
            long ticksKept = 0;
            for (int i = 0; i < warmUp + count; i++) {
                String slug = "bench-draft-" + i;
                timed(app, token, CREATE_DOCUMENT.formatted(slug, json(text)), "\"Document:" + slug + "\"");
                // What a write sets going after its answer (the list sizes measured again) is not the draft's.
                Thread.sleep(QUIET_MS);
                long before = app.cpuTicks();
                double first = timed(app, token, DRAFT_DOCUMENT.formatted(slug), "\"userErrors\":[]");
                long between = app.cpuTicks();
                Thread.sleep(QUIET_MS);
                long again = app.cpuTicks();
                double second = timed(app, token, DRAFT_DOCUMENT.formatted(slug), "\"userErrors\":[]");
                long after = app.cpuTicks();
                if (i >= warmUp) {
                    afterChange.add(first);
                    kept.add(second);
                    ticksAfterChange += between - before;
                    ticksKept += after - again;
                }
            }
            long ticksPerSecond = clockTicks();
            System.out.println("\n## Drafts at N = " + n + "\n\n" + count + " copies of the bundled article (4 KB), each drafted "
                    + "twice, after " + warmUp + " to warm up; the H2 file, answer cache on.\n");
            System.out.println("| draftDocument | p50 ms | p99 ms | max ms |\n|---|---|---|---|");
            latencies("after a change (what it changed read again)", afterChange);
            latencies("again (the graph kept)", kept);
            System.out.println("\nServer CPU per draft: " + fmt(ticksAfterChange * 1000.0 / ticksPerSecond / count)
                    + " ms after a change, " + fmt(ticksKept * 1000.0 / ticksPerSecond / count) + " ms again");
        }
    }

    /** A pause before each timed draft, for the work a write or a draft leaves behind (ListSizes.soon) to end. */
    private static final long QUIET_MS = 300;

    private static final String DRAFT_DOCUMENT = """
            {"query": "mutation($i: DraftDocumentInput!) { draftDocument(input: $i) { open userErrors { code } } }",
             "variables": {"i": {"document": "Document:%s"}}}""";

    /**
     * New names at N documents: COUNT people added (names no document holds yet, so none is read), then each given as
     * a new alias a given name the corpus uses in thousands of documents (so those are read and scanned: the costliest
     * new name there is); after each answer, search finds the person and the alias's mentions are counted, so what is timed is
     * the time until a reader sees the change. The writer's setup as in {@link #mutations}.
     */
    static void names(int n, int count) throws Exception {
        needMajlis();
        // Given names as the corpus writes them (bench/CorpusGenerator.java): in many documents, and no name of any node.
        String[] givenNames = { "محمد", "عبد الله", "أحمد", "علي", "خالد", "عمر", "يوسف", "إبراهيم", "مصطفى", "عبد الرحمن",
                "فتحي", "الطاهر", "حسين", "سالم", "نوري", "عماد" };
        count = Math.min(count, givenNames.length);
        Path corpus = corpus(n);
        Path folder = Files.createTempDirectory("majlis-bench-names");
        String key = folder.resolve("signing-key.pem").toString();
        Launch launch = Launch.majlis(java()).on(corpus).stored(folder.resolve("majlis"))
                .withEnv("MAJLIS_AUTH_LOCAL_KEY", key).withEnv("MAJLIS_AUTH_WRITES_PER_MINUTE", "1000000")
                .named("Majlis on the H2 file");
        String token = token(key);
        try (App app = App.start(launch, App::isReady)) {
            System.out.println("\nHeap in use after a full collection, the indexes built: " + fmt(app.heapMiB()) + " MiB");
            List<Double> added = new ArrayList<>();
            List<Double> aliased = new ArrayList<>();
            List<Integer> mentioned = new ArrayList<>();
            long cpuBefore = app.cpuTicks();
            for (int i = 0; i < count; i++) {
                // Letters that make each name one no document holds: Latin, and Arabic from ب on.
                String code = Character.toString('a' + i / 26) + Character.toString('a' + i % 26);
                String arabicCode = Character.toString('\u0628' + i / 19) + Character.toString('\u0628' + i % 19);
                added.add(timed(app, token, ADD_ACTOR.formatted(i, "Mikhail Bogdanov" + code, "ميخائيل بوغدانوف" + arabicCode),
                        "\"Actor:bench-" + i + "\""));
                String found = app.post("/graphql", SEARCH.formatted("Bogdanov" + code)).body();
                if (!found.contains("\"Actor:bench-" + i + "\"")) {
                    fail("the new name was not found at once: " + found);
                }
                aliased.add(timed(app, token, ALIAS_ACTOR.formatted(i, givenNames[i]), "\"version\":2"));
                String answer = app.post("/graphql", MENTIONS.formatted(i)).body();
                int total = Integer.parseInt(answer.replaceAll("(?s).*\"totalCount\":(\\d+).*", "$1"));
                if (total == 0) {
                    fail("the alias " + givenNames[i] + " was not mentioned at once: " + answer);
                }
                mentioned.add(total);
            }
            double cpu = (app.cpuTicks() - cpuBefore) * 1000.0 / clockTicks() / (2.0 * count);
            System.out.println("\n## New names at N = " + n + "\n\n" + count + " addActor and editActor, one at a time; "
                    + "each visible to search and mentions when answered.\n");
            System.out.println("| mutation | p50 ms | p99 ms | max ms |\n|---|---|---|---|");
            latencies("addActor (a name no document holds)", added);
            latencies("editActor (a given name the corpus uses, as an alias)", aliased);
            System.out.println("\nMentions of the aliases (min, median, max): " + mentioned.stream().min(Integer::compare).get()
                    + ", " + mentioned.stream().sorted().toList().get(mentioned.size() / 2) + ", "
                    + mentioned.stream().max(Integer::compare).get() + "\nServer CPU per mutation (and the queries "
                    + "that checked it): " + fmt(cpu) + " ms");
        }
    }

    private static final String ADD_ACTOR = """
            {"query": "mutation($i: AddActorInput!) { addActor(input: $i) { actor { id } userErrors { code message } } }",
             "variables": {"i": {"slug": "bench-%d", "names": [{"lang": "en", "text": "%s"}, {"lang": "ar", "text": "%s"}]}}}""";
    private static final String ALIAS_ACTOR = """
            {"query": "mutation($i: EditActorInput!) { editActor(input: $i) { actor { version } userErrors { code message } } }",
             "variables": {"i": {"id": "Actor:bench-%d", "version": 1, "aliases": [{"lang": "ar", "text": "%s"}]}}}""";
    private static final String SEARCH = """
            {"query": "query($t: String!) { search(text: $t, kinds: [ACTOR], first: 3) { node { id } } }",
             "variables": {"t": "%s"}}""";
    private static final String MENTIONS = """
            {"query": "{ node(id: \\"Actor:bench-%d\\") { ... on Actor { mentions(first: 1) { totalCount } } } }"}""";

    private static final String CREATE_DOCUMENT = """
            {"query": "mutation($i: CreateDocumentInput!) { createDocument(input: $i) { document { id } userErrors { code } } }",
             "variables": {"i": {"slug": "%s", "title": "A benchmark copy", "publisher": "Majlis bench",
               "publishedOn": "2024-05-13", "language": "ar", "text": %s}}}""";
    private static final String EDIT_DOCUMENT = """
            {"query": "mutation($i: EditDocumentInput!) { editDocument(input: $i) { document { version } userErrors { code } } }",
             "variables": {"i": {"id": "Document:%s", "version": 1, "title": "A benchmark copy, edited"}}}""";

    /** A meeting of the new document: Lavrov and Haftar quoted by their names' spans, the meeting by its first words. */
    private static final String ADD_MEETING = """
            {"query": "mutation($i: AddMeetingInput!) { addMeeting(input: $i) { meeting { id } userErrors { code message } } }",
             "variables": {"i": {"document": "Document:%s", "slug": "%s", "title": {"en": "A benchmark meeting"},
               "kind": "TALKS", "status": "REPORTED", "date": {"iso": "2024-05-13"}, "place": "Place:moscow",
               "participants": [
                 {"actor": "Actor:sergei-lavrov", "role": "HOST", "quotes": [{"start": %d, "end": %d}]},
                 {"actor": "Actor:khalifa-haftar", "role": "VISITOR", "quotes": [{"start": %d, "end": %d}]}],
               "quotes": [{"start": 0, "end": 20}]}}}""";
    private static final String EDIT_MEETING = """
            {"query": "mutation($i: EditMeetingInput!) { editMeeting(input: $i) { meeting { version } userErrors { code } } }",
             "variables": {"i": {"id": "Meeting:%s", "version": 1, "status": "ALLEGED"}}}""";

    private static void latencies(String mutation, List<Double> timings) {
        double[] ms = timings.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.println("| " + mutation + " | " + fmt(ms[ms.length / 2]) + " | "
                + fmt(ms[(int) Math.ceil(ms.length * 0.99) - 1]) + " | " + fmt(ms[ms.length - 1]) + " |");
        SUMMARY.add("| " + mutation + ", p50 / p99 ms | " + fmt(ms[ms.length / 2]) + " / "
                + fmt(ms[(int) Math.ceil(ms.length * 0.99) - 1]) + " | — | — | — |");
    }

    /** A writer's token from the token command, signed with the local key at this path. */
    private static String token(String key) throws Exception {
        ProcessBuilder command = new ProcessBuilder(java(), "-jar", JAR.toString(), "token", "bench", "--role", "analyst")
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        command.environment().put("MAJLIS_AUTH_LOCAL_KEY", key);
        Process tokenCommand = command.start();
        tokenCommand.getOutputStream().close();
        String token = new String(tokenCommand.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        tokenCommand.waitFor();
        return token;
    }

    /** One mutation's wall time in ms; fails the run when its answer lacks what it should say. */
    private static double timed(App app, String token, String body, String expected) throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> answer = app.postAs("/graphql", body, token);
        double ms = (System.nanoTime() - started) / 1e6;
        if (answer.statusCode() != 200 || !answer.body().contains(expected)) {
            fail("a mutation was not answered as expected: " + answer.statusCode() + " " + answer.body());
        }
        return ms;
    }

    /**
     * Starts each launch in turn, runs times, until it answers the trivial query, printing a row per run: ms to that
     * answer (RSS then, MiB). Returns the milliseconds and the RSS, [launch][run] each.
     */
    static double[][][] startsByTurns(List<Launch> launches, int runs) throws Exception {
        System.out.println("| run | " + String.join(" | ", launches.stream().map(Launch::name).toList()) + " |");
        System.out.println("|---|" + "---|".repeat(launches.size()));
        double[][][] measured = new double[2][launches.size()][runs];
        for (int r = 0; r < runs; r++) {
            StringBuilder row = new StringBuilder("| " + (r + 1));
            for (int l = 0; l < launches.size(); l++) {
                try (App app = App.start(launches.get(l), App::answersTrivially)) {
                    measured[0][l][r] = app.readyMillis;
                    measured[1][l][r] = app.rssMiB();
                    row.append(" | ").append(app.readyMillis).append(" (").append(fmt(measured[1][l][r])).append(')');
                }
            }
            System.out.println(row.append(" |"));
        }
        return measured;
    }

    // --- The meetings list, cached and uncached, and the import ------------------------------------------------

    /**
     * The meetings list at N documents from 16 connections, with the answer cache off and on (a start each, by turns:
     * the setting is read at start), and after each the REST baseline on its answer. Each start's import is reported too.
     */
    static void meetings(int n, int runs) throws Exception {
        needMajlis();
        needRest();
        Path corpus = corpus(n);
        System.out.println("\n## Meetings list at N = " + n + ", " + CONNECTIONS + " connections, uncached and cached\n\n"
                + "Each start: the query alone for " + MEETINGS_WARM_UP.toSeconds() + " s, then " + REQUESTS + " requests uncached or "
                + FAST_REQUESTS + " cached; then GET /baseline/meetings of bench/rest/ (the same answer, precomputed) for "
                + WARM_UP.toSeconds() + " s and " + FAST_REQUESTS + " requests, Majlis idle beside it.\n");
        System.out.println("| run | answer cache | import: read and checked ms, written ms, claims/s | meetings list req/s, p50/p99 ms"
                + " | REST req/s, p50/p99 ms | GraphQL/REST |");
        System.out.println("|---|---|---|---|---|---|");
        List<Map<String, Double>> uncached = new ArrayList<>();
        List<Map<String, Double>> cached = new ArrayList<>();
        List<Map<String, Double>> imports = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            for (boolean cache : new boolean[] { false, true }) {
                Launch launch = Launch.majlis(java(), "-Dmajlis.cache.answers=" + cache).on(corpus);
                try (App app = App.start(launch, App::isReady)) {
                    Map<String, Double> m = app.imported();
                    imports.add(m);
                    String body = QUERIES.get("meetings list");
                    Load.Call call = () -> app.post("/graphql", body);
                    Load.warm(List.of(call), MEETINGS_WARM_UP, CONNECTIONS);
                    Load graphql = Load.of(call, cache ? FAST_REQUESTS : REQUESTS, CONNECTIONS);
                    Load rest = rest(app.post("/graphql", body).body(), FAST_REQUESTS);
                    graphql.into(m, "graphql");
                    rest.into(m, "rest");
                    m.put("ratio", graphql.throughput / rest.throughput);
                    (cache ? cached : uncached).add(m);
                    System.out.println("| " + (r + 1) + " | " + (cache ? "on" : "off") + " | " + fmt(m.get("read")) + ", "
                            + fmt(m.get("written")) + ", " + fmt(m.get("claims/s")) + " | " + graphql.describe() + " | "
                            + rest.describe() + " | " + ratio(m.get("ratio")) + " |");
                }
            }
        }
        for (var each : List.of(Map.entry("uncached", uncached), Map.entry("cached", cached))) {
            List<Map<String, Double>> r = each.getValue();
            SUMMARY.add("| meetings list at N = " + n + ", " + CONNECTIONS + " connections, " + each.getKey() + " (" + runs
                    + " starts): req/s, p50/p99 ms | "
                    + cell(r, "graphql rps") + ", " + fmt(median(r, "graphql p50")) + "/" + fmt(median(r, "graphql p99")) + " | REST "
                    + cell(r, "rest rps") + ", " + fmt(median(r, "rest p50")) + "/" + fmt(median(r, "rest p99")) + " | "
                    + ratioSpread(values(r, "ratio")) + " | GraphQL ≥ 0.5 × REST; p99 < 50 ms |");
        }
        summariseImport(n, imports);
    }

    /** The import alone: starts on the corpus, each stopped once it is ready. */
    static void imports(int n, int starts) throws Exception {
        needMajlis();
        Path corpus = corpus(n);
        System.out.println("\n## Import at N = " + n
                + "\n\n| start | documents | claims | read and checked ms | written ms | claims/s |");
        System.out.println("|---|---|---|---|---|---|");
        List<Map<String, Double>> imports = new ArrayList<>();
        for (int s = 0; s < starts; s++) {
            try (App app = App.start(Launch.majlis(java()).on(corpus), App::isReady)) {
                Map<String, Double> m = app.imported();
                imports.add(m);
                System.out.println("| " + (s + 1) + " | " + fmt(m.get("documents")) + " | " + fmt(m.get("claims")) + " | "
                        + fmt(m.get("read")) + " | " + fmt(m.get("written")) + " | " + fmt(m.get("claims/s")) + " |");
            }
        }
        summariseImport(n, imports);
    }

    static void summariseImport(int n, List<Map<String, Double>> imports) {
        SUMMARY.add("| import at N = " + n + " (" + fmt(imports.get(0).get("claims")) + " claims, " + imports.size() + " starts) | "
                + cell(imports, "claims/s") + " claims/s; read and checked " + cell(imports, "read") + " ms, written "
                + cell(imports, "written") + " ms | — | — | ≥ 10,000 claims/s |");
    }

    // --- RSS under the Kubernetes heap -------------------------------------------------------------------------

    /**
     * RSS and heap after a full GC once the import is done, with the heap the JVM manifest gives: MaxRAMPercentage of
     * the container's memory limit. Outside a container the JVM would take that share of the machine's memory, so the
     * same heap is passed as -Xmx.
     */
    static void rss(int[] sizes, int starts, String limit) throws Exception {
        needMajlis();
        String manifest = Files.readString(MANIFEST);
        Matcher percent = Pattern.compile("MaxRAMPercentage=(\\d+)").matcher(manifest);
        Matcher declared = Pattern.compile("limits:\\s*\\n\\s*memory:\\s*(\\S+)").matcher(manifest);
        if (!percent.find() || !declared.find()) {
            fail(MANIFEST + " no longer gives MaxRAMPercentage and a memory limit where this harness looks for them");
        }
        String limitText = limit != null ? limit : declared.group(1);
        long limitMiB = mebibytes(limitText);
        long heapMiB = limitMiB * Integer.parseInt(percent.group(1)) / 100;
        // In a container the JVM sizes its heap from the limit and, under 1792 MiB (not a "server class machine"),
        // picks the Serial collector; on this host it would pick G1, whose own structures take more memory.
        List<String> options = new ArrayList<>(List.of("-Xmx" + heapMiB + "m", "-XX:+ExitOnOutOfMemoryError"));
        if (limitMiB < 1792) {
            options.add("-XX:+UseSerialGC");
        }
        System.out.println("\n## RSS after import\n\n" + String.join(" ", options) + ": MaxRAMPercentage=" + percent.group(1)
                + " of the " + limitText + " limit (" + (limit != null ? "given" : MANIFEST) + ").\n");
        System.out.println("| N docs | start | import ms | RSS MiB | heap after GC MiB |\n|---|---|---|---|---|");
        for (int n : sizes) {
            Path corpus = corpus(n);
            List<Map<String, Double>> runs = new ArrayList<>();
            for (int s = 0; s < starts; s++) {
                try (App app = App.start(Launch.majlis(java(), options.toArray(String[]::new)).on(corpus), App::isReady)) {
                    Map<String, Double> m = app.imported();
                    m.put("rss", app.rssMiB());
                    m.put("heap", app.heapMiB());
                    runs.add(m);
                    System.out.println("| " + n + " | " + (s + 1) + " | " + fmt(m.get("import")) + " | " + fmt(m.get("rss")) + " | "
                            + fmt(m.get("heap")) + " |");
                }
            }
            SUMMARY.add("| RSS after import at N = " + n + ", -Xmx" + heapMiB + "m (" + starts + " starts): RSS, heap after GC | "
                    + cell(runs, "rss") + " MiB, heap " + cell(runs, "heap") + " MiB | — | — | RSS < " + limitMiB
                    + " MiB, the limit |");
        }
    }

    static long mebibytes(String quantity) {
        Matcher m = Pattern.compile("(\\d+)(Mi|Gi)").matcher(quantity);
        if (!m.matches()) {
            fail("a memory limit in Mi or Gi, as Kubernetes writes it, e.g. 768Mi: " + quantity);
        }
        return Long.parseLong(m.group(1)) * (m.group(2).equals("Gi") ? 1024 : 1);
    }

    // --- Cost by corpus size -----------------------------------------------------------------------------------

    /**
     * For each N, several starts on the corpus: import, readiness, memory, then five frontend queries under a fixed
     * load, and the REST baseline; then, in one more start with SQL logging, the statements each query costs.
     */
    static void corpus(int[] sizes, int starts) throws Exception {
        needMajlis();
        needRest();
        List<String> report = new ArrayList<>();
        report.add("| N docs | claims | import ms | claims/s | ready ms | RSS MiB | heap MiB | "
                + String.join(" | ", QUERIES.keySet().stream().map(q -> q + " req/s, p50/p99 ms").toList())
                + " | REST baseline req/s | GraphQL/REST |");
        report.add("|" + "---|".repeat(9 + QUERIES.size()));
        List<String> sql = new ArrayList<>();
        System.out.println("\n## Cost by corpus size\n");
        for (int n : sizes) {
            Path corpus = corpus(n);
            List<Map<String, Double>> runs = new ArrayList<>();
            for (int s = 0; s < starts; s++) {
                runs.add(measure(corpus));
            }
            if (!runs.isEmpty()) {
                report.add(row(n, runs));
                System.out.println(report.get(report.size() - 1));
            }
            Launch logged = Launch.majlis(java(), "-Dmajlis.cache.answers=false").on(corpus);
            sql.add("| " + n + " | " + String.join(" | ", statements(logged, QUERIES).values().stream().map(String::valueOf).toList())
                    + " |");
        }
        System.out.println("\nMedians over " + starts + " starts (min–max); " + CONNECTIONS + " connections, " + REQUESTS
                + " requests per query after " + MIXED_WARM_UP.toSeconds() + " s of all queries in turn and "
                + WARM_UP.toSeconds() + " s of the query itself; the answer cache off.\n");
        report.forEach(System.out::println);
        System.out.println("\nSQL statements per request:\n\n| N docs | " + String.join(" | ", QUERIES.keySet()) + " |\n|"
                + "---|".repeat(QUERIES.size() + 1));
        sql.forEach(System.out::println);
    }

    /** One start: import, readiness, memory, then the load. */
    static Map<String, Double> measure(Path corpus) throws Exception {
        // The answer cache off: the harness repeats the same requests, so with it on it would measure the cache
        // (the meetings part measures cached against uncached side by side).
        Launch launch = Launch.majlis(java(), "-Dmajlis.cache.answers=false").on(corpus);
        try (App app = App.start(launch, App::isReady)) {
            Map<String, Double> m = app.imported();
            m.put("ready", (double) app.readyMillis);
            m.put("rss", app.rssMiB());
            m.put("heap", app.heapMiB());
            String actor = app.anActorWithMeetings();
            List<Load.Call> all = QUERIES.values().stream().map(q -> q.replace("%ACTOR%", actor))
                    .<Load.Call> map(body -> () -> app.post("/graphql", body)).toList();
            Load.warm(all, MIXED_WARM_UP, CONNECTIONS);
            for (var query : QUERIES.entrySet()) {
                String body = query.getValue().replace("%ACTOR%", actor);
                Load.Call call = () -> app.post("/graphql", body);
                Load.warm(List.of(call), WARM_UP, CONNECTIONS);
                Load.of(call, REQUESTS, CONNECTIONS).into(m, query.getKey());
            }
            rest(app.post("/graphql", QUERIES.get("meetings list")).body(), REQUESTS).into(m, "rest");
            return m;
        }
    }

    /**
     * The REST baseline: bench/rest/ started on the given answer, warmed up, then loaded with the given number of
     * requests from as many connections as GraphQL was. The Majlis that made the answer idles beside it.
     */
    static Load rest(String answer, int requests) throws Exception {
        Path body = Files.createTempFile("majlis-bench-answer", ".json");
        try {
            Files.writeString(body, answer, StandardCharsets.UTF_8);
            try (App rest = App.start(Launch.rest(java(), body), App::servesTheBaseline)) {
                Load.Call call = () -> rest.get("/baseline/meetings");
                Load.warm(List.of(call), WARM_UP, CONNECTIONS);
                return Load.of(call, requests, CONNECTIONS);
            }
        } finally {
            Files.deleteIfExists(body);
        }
    }

    /** SQL statements each query costs, counted from Hibernate's SQL log in a start of its own. */
    static Map<String, Integer> statements(Launch launch, Map<String, String> queries) throws Exception {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (App app = App.start(launch.with("-Dquarkus.log.category.\"org.hibernate.SQL\".level=DEBUG"),
                App::answersTrivially)) {
            String actor = queries.values().stream().anyMatch(q -> q.contains("%ACTOR%")) ? app.anActorWithMeetings() : "";
            for (var query : queries.entrySet()) {
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
        row.append(" | ").append(cell(runs, "rest rps")).append(" | ").append(ratio(graphqlMeetings / rest)).append(" |");
        return row.toString();
    }

    // --- The native binary beside the JVM --------------------------------------------------------------------------

    /**
     * The native binary and the jar, by turns in one run, so that both meet the same machine: time to the first
     * answer on the bundled seeds (RSS then), RSS after import at N = 1, 1,000 and 10,000 under the Deployments' memory
     * limits, CPU per trivial uncached query, the meetings list at N = 10,000 uncached and the import there, and the
     * sizes on disk. The JVM runs as deployment-jvm.yaml sets it (its heap share of the limit, Serial GC); the binary
     * with the heap SubstrateVM would take in its container, 80 % of deployment-native.yaml's limit.
     */
    static void nativeBesideTheJvm(int runs) throws Exception {
        needMajlis();
        if (!Files.exists(NATIVE)) {
            fail(NATIVE + " is missing: build it with ./mvnw -B package -DskipTests -Dnative (docs/native.md)");
        }
        List<Launch> starts = new ArrayList<>(List.of(Launch.majlisNative().named("native"), Launch.majlis(java()).named("JDK 17")));
        if (java25() != null) {
            starts.add(Launch.majlis(java25()).named("JDK 25"));
        }
        System.out.println("\n## The native binary beside the JVM\n\nBinary " + megabytes(NATIVE) + " MB; target/quarkus-app "
                + megabytes(JAR.getParent()) + " MB (the JVM adds its own).\n\n### Time to first answer, bundled seeds\n\n"
                + "ms from launch to the first correct answer to " + TRIVIAL + " (RSS then, MiB); default options, by turns.\n");
        double[][][] measured = startsByTurns(starts, runs);
        double[][] ms = measured[0];
        double[][] rss = measured[1];
        for (int l = 0; l < starts.size(); l++) {
            SUMMARY.add("| time to first answer, bundled seeds, " + starts.get(l).name() + " (" + runs + " runs) | " + spread(ms[l])
                    + " ms, RSS " + spread(rss[l]) + " MiB | | | " + (l == 0 ? "≤ 200 ms" : "—") + " |");
        }

        List<String> jvmOptions = jvmOptionsOfTheDeployment();
        String nativeHeap = "-Xmx" + mebibytes(limitOf(NATIVE_MANIFEST)) * 80 / 100 + "m";
        // Where the native Deployment's limit is too small for a corpus, the binary runs under the JVM's.
        String largerHeap = "-Xmx" + mebibytes(limitOf(MANIFEST)) * 80 / 100 + "m";
        System.out.println("\n### RSS after import\n\nnative " + nativeHeap + " (80 % of " + limitOf(NATIVE_MANIFEST) + "); JDK 17 "
                + String.join(" ", jvmOptions) + " (" + limitOf(MANIFEST) + ").\n\n| N docs | native RSS MiB | JDK 17 RSS MiB |\n|---|---|---|");
        for (int n : new int[] { 1, 1000, 10_000 }) {
            Path corpus = corpus(n);
            double nativeRss;
            String heap = nativeHeap;
            try (App app = App.start(Launch.majlisNative(heap).on(corpus), App::isReady)) {
                nativeRss = app.rssMiB();
            } catch (IllegalStateException tooSmall) {
                heap = largerHeap;
                try (App app = App.start(Launch.majlisNative(heap).on(corpus), App::isReady)) {
                    nativeRss = app.rssMiB();
                }
            }
            double jvmRss;
            try (App app = App.start(Launch.majlis(java(), jvmOptions.toArray(String[]::new)).on(corpus), App::isReady)) {
                jvmRss = app.rssMiB();
            }
            String native_ = fmt(nativeRss) + (heap.equals(nativeHeap) ? "" : " (does not start with " + nativeHeap + "; " + heap + ")");
            System.out.println("| " + n + " | " + native_ + " | " + fmt(jvmRss) + " |");
            SUMMARY.add("| RSS after import at N = " + n + " | native " + native_ + " MiB | JDK 17 " + fmt(jvmRss) + " MiB | "
                    + ratio(nativeRss / jvmRss) + " | " + (n == 1 ? "native ≤ 100 MiB" : "—") + " |");
        }

        System.out.println("\n### CPU per trivial query, answer cache off\n\nEach run a fresh start; 20000 requests from "
                + CPU_CONNECTIONS + " connections to warm up, then 20000 measured; utime + stime of the server.\n");
        System.out.println("| pair | native CPU ms/request, req/s | JDK 17 CPU ms/request, req/s | native/JDK 17 |\n|---|---|---|---|");
        double[][] cpu = new double[2][runs];
        double[] ratios = new double[runs];
        long ticksPerSecond = clockTicks();
        Launch[] cpuPair = { Launch.majlisNative("-Dmajlis.cache.answers=false"), Launch.majlis(java(), "-Dmajlis.cache.answers=false") };
        for (int p = 0; p < runs; p++) {
            Load[] loads = new Load[2];
            for (int a = 0; a < 2; a++) {
                try (App app = App.start(cpuPair[a], App::answersTrivially)) {
                    Load.Call call = () -> app.post("/graphql", TRIVIAL);
                    Load.of(call, 20_000, CPU_CONNECTIONS);
                    long before = app.cpuTicks();
                    loads[a] = Load.of(call, 20_000, CPU_CONNECTIONS);
                    cpu[a][p] = (app.cpuTicks() - before) * 1000.0 / ticksPerSecond / 20_000;
                }
            }
            ratios[p] = cpu[0][p] / cpu[1][p];
            System.out.println("| " + (p + 1) + " | " + fmt(cpu[0][p]) + ", " + loads[0].describeThroughput() + " | " + fmt(cpu[1][p])
                    + ", " + loads[1].describeThroughput() + " | " + ratio(ratios[p]) + " |");
        }
        SUMMARY.add("| CPU per trivial query, ms (" + runs + " pairs) | native " + spread(cpu[0]) + " | JDK 17 " + spread(cpu[1]) + " | "
                + ratioSpread(ratios) + " | — |");

        Path corpus = corpus(10_000);
        System.out.println("\n### Meetings list and import at N = 10,000, answer cache off\n\nEach start: the import, then the query alone"
                + " for " + MEETINGS_WARM_UP.toSeconds() + " s and " + REQUESTS + " requests from " + CONNECTIONS + " connections.\n");
        System.out.println("| run | build | import claims/s | meetings list req/s, p50/p99 ms |\n|---|---|---|---|");
        List<List<Map<String, Double>>> results = List.of(new ArrayList<>(), new ArrayList<>());
        Launch[] listPair = { Launch.majlisNative(largerHeap, "-Dmajlis.cache.answers=false").on(corpus).named("native " + largerHeap),
                Launch.majlis(java(), "-Dmajlis.cache.answers=false").on(corpus).named("JDK 17") };
        int listRuns = Math.min(runs, 3);
        for (int r = 0; r < listRuns; r++) {
            for (int a = 0; a < 2; a++) {
                try (App app = App.start(listPair[a], App::isReady)) {
                    Map<String, Double> m = app.imported();
                    String body = QUERIES.get("meetings list");
                    Load.Call call = () -> app.post("/graphql", body);
                    Load.warm(List.of(call), MEETINGS_WARM_UP, CONNECTIONS);
                    Load list = Load.of(call, REQUESTS, CONNECTIONS);
                    list.into(m, "graphql");
                    results.get(a).add(m);
                    System.out.println("| " + (r + 1) + " | " + listPair[a].name() + " | " + fmt(m.get("claims/s")) + " | "
                            + list.describe() + " |");
                }
            }
        }
        for (int a = 0; a < 2; a++) {
            List<Map<String, Double>> r = results.get(a);
            SUMMARY.add("| meetings list at N = 10,000, uncached, " + listPair[a].name() + " (" + listRuns + " starts): req/s, p50/p99 ms | "
                    + cell(r, "graphql rps") + ", " + fmt(median(r, "graphql p50")) + "/" + fmt(median(r, "graphql p99"))
                    + " | | | — |");
            SUMMARY.add("| import at N = 10,000, " + listPair[a].name() + " | " + cell(r, "claims/s") + " claims/s | | | — |");
        }
    }

    /** The JVM options that deploy/kubernetes/deployment-jvm.yaml amounts to outside a container (see rss). */
    static List<String> jvmOptionsOfTheDeployment() throws IOException {
        Matcher percent = Pattern.compile("MaxRAMPercentage=(\\d+)").matcher(Files.readString(MANIFEST));
        if (!percent.find()) {
            fail(MANIFEST + " no longer gives MaxRAMPercentage where this harness looks for it");
        }
        long limitMiB = mebibytes(limitOf(MANIFEST));
        List<String> options = new ArrayList<>(List.of("-Xmx" + limitMiB * Integer.parseInt(percent.group(1)) / 100 + "m"));
        if (limitMiB < 1792) {
            options.add("-XX:+UseSerialGC");
        }
        return options;
    }

    static String limitOf(Path manifest) throws IOException {
        Matcher declared = Pattern.compile("limits:\\s*\\n\\s*memory:\\s*(\\S+)").matcher(Files.readString(manifest));
        if (!declared.find()) {
            fail(manifest + " no longer gives a memory limit where this harness looks for it");
        }
        return declared.group(1);
    }

    static long megabytes(Path path) throws IOException {
        try (Stream<Path> files = Files.walk(path)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum() / 1_000_000;
        }
    }

    // --- Figures -----------------------------------------------------------------------------------------------

    static double[] values(List<Map<String, Double>> runs, String key) {
        return runs.stream().mapToDouble(r -> r.get(key)).toArray();
    }

    static String cell(List<Map<String, Double>> runs, String key) {
        return spread(values(runs, key));
    }

    static double median(List<Map<String, Double>> runs, String key) {
        return median(values(runs, key));
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /** Median (min–max), or the value alone when all runs agree. */
    static String spread(double[] values) {
        double min = Arrays.stream(values).min().orElseThrow();
        double max = Arrays.stream(values).max().orElseThrow();
        return min == max ? fmt(min) : fmt(median(values)) + " (" + fmt(min) + "–" + fmt(max) + ")";
    }

    static String ratioSpread(double[] ratios) {
        double min = Arrays.stream(ratios).min().orElseThrow();
        double max = Arrays.stream(ratios).max().orElseThrow();
        return min == max ? ratio(min) : ratio(median(ratios)) + " (" + ratio(min) + "–" + ratio(max) + ")";
    }

    static String ratio(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** Three significant digits at most, and no more than the measurement holds. */
    static String fmt(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%.0f", value)
                : value >= 1 ? String.format(Locale.ROOT, "%.1f", value) : String.format(Locale.ROOT, "%.2g", value);
    }

    // --- Setup -------------------------------------------------------------------------------------------------

    static Path corpus(int n) throws IOException, InterruptedException {
        Path corpus = Path.of("target/bench/corpus-" + n);
        if (!Files.exists(corpus)) {
            App.run(new ProcessBuilder(java(), "bench/CorpusGenerator.java", String.valueOf(n), corpus.toString()).inheritIO());
        }
        return corpus;
    }

    static void needMajlis() {
        if (!Files.exists(JAR)) {
            fail(JAR + " is missing: build Majlis with ./mvnw -B package -DskipTests");
        }
    }

    static void needBare() {
        if (!Files.exists(BARE_JAR)) {
            fail(BARE_JAR + " is missing: build the bare app with ./mvnw -B -f bench/bare/pom.xml package -DskipTests");
        }
    }

    static void needRest() {
        if (!Files.exists(REST_JAR)) {
            fail(REST_JAR + " is missing: build the REST baseline with ./mvnw -B -f bench/rest/pom.xml package -DskipTests");
        }
    }

    static void fail(String message) {
        System.err.println(message);
        System.exit(2);
    }

    static int intArg(String[] args, int index, int otherwise) {
        return args.length > index ? Integer.parseInt(args[index]) : otherwise;
    }

    static int[] sizes(String list) {
        return Arrays.stream(list.split(",")).mapToInt(Integer::parseInt).toArray();
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

    /** JDK 25's java when JAVA25_HOME is set. */
    static String java25() {
        String home = System.getenv("JAVA25_HOME");
        return home == null || home.isBlank() ? null : Path.of(home, "bin", "java").toString();
    }

    static String javaVersion(String java) throws IOException, InterruptedException {
        Process version = new ProcessBuilder(java, "-version").redirectErrorStream(true).start();
        String out = new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        version.waitFor();
        return out.lines().findFirst().orElse(out).trim();
    }

    static String loadAverage() throws IOException {
        return String.join(" ", Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).split(" "), 3));
    }

    /** Clock ticks per second of /proc/PID/stat's times (getconf CLK_TCK; 100 on Linux unless the kernel says else). */
    static long clockTicks() throws IOException, InterruptedException {
        Process getconf = new ProcessBuilder("getconf", "CLK_TCK").start();
        String out = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        return getconf.waitFor() == 0 ? Long.parseLong(out) : 100;
    }

    // --- Load --------------------------------------------------------------------------------------------------

    /** A fixed number of requests from a fixed number of connections; latencies in ms. */
    record Load(double throughput, double p50, double p99, int errors) {

        interface Call {
            HttpResponse<String> send() throws Exception;
        }

        interface Worker {
            void work(int connection) throws Exception;
        }

        /** Sends the calls in turn from every connection until the time is up. */
        static void warm(List<Call> calls, Duration time, int connections) throws Exception {
            long until = System.nanoTime() + time.toNanos();
            onEveryConnection(connections, connection -> {
                for (int i = connection; System.nanoTime() < until; i++) {
                    try {
                        calls.get(i % calls.size()).send();
                    } catch (IOException dropped) {
                        // A warm-up only heats the code; the JDK's client now and then loses a pooled connection.
                    }
                }
            });
        }

        static Load of(Call call, int requests, int connections) throws Exception {
            AtomicInteger next = new AtomicInteger();
            AtomicInteger errors = new AtomicInteger();
            double[] latencies = new double[requests];
            long started = System.nanoTime();
            long deadline = started + LOAD_BOUND.toNanos();
            onEveryConnection(connections, connection -> {
                for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException(requests + " requests took longer than " + LOAD_BOUND.toMinutes() + " minutes");
                    }
                    long t = System.nanoTime();
                    try {
                        HttpResponse<String> response = call.send();
                        if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
                            errors.incrementAndGet();
                        }
                    } catch (IOException failed) {
                        errors.incrementAndGet(); // counted and shown beside the figures, not a reason to stop the run
                    }
                    latencies[i] = (System.nanoTime() - t) / 1e6;
                }
            });
            double seconds = (System.nanoTime() - started) / 1e9;
            Arrays.sort(latencies);
            return new Load(requests / seconds, latencies[requests / 2], latencies[(int) (requests * 0.99)], errors.get());
        }

        /** Runs the worker on each of the connections at once and waits for all of them. */
        static void onEveryConnection(int connections, Worker worker) throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(connections);
            try {
                List<Future<?>> workers = new ArrayList<>();
                for (int c = 0; c < connections; c++) {
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

        void into(Map<String, Double> m, String name) {
            m.put(name + " rps", throughput);
            m.put(name + " p50", p50);
            m.put(name + " p99", p99);
            m.put(name + " errors", (double) errors);
        }

        String describeThroughput() {
            return fmt(throughput) + (errors > 0 ? " (" + errors + " errors)" : "");
        }

        String describe() {
            return fmt(throughput) + ", " + fmt(p50) + "/" + fmt(p99) + (errors > 0 ? " (" + errors + " errors)" : "");
        }
    }

    // --- The apps ----------------------------------------------------------------------------------------------

    /** How to start one app: its JVM (none for a native binary), jar or binary, options and environment. */
    record Launch(String name, String java, Path jar, List<String> options, Map<String, String> env) {

        static Launch majlis(String java, String... options) {
            return new Launch("Majlis", java, JAR, List.of(options), Map.of());
        }

        /** The native binary: no JVM, the binary in place of the jar. */
        static Launch majlisNative(String... options) {
            return new Launch("Majlis native", null, NATIVE, List.of(options), Map.of());
        }

        static Launch bare(String java) {
            return new Launch("bare", java, BARE_JAR, List.of(), Map.of());
        }

        /** bench/rest/, serving the file's bytes at GET /baseline/meetings. */
        static Launch rest(String java, Path body) {
            return new Launch("REST baseline", java, REST_JAR, List.of("-Dbaseline.body=" + body.toAbsolutePath()), Map.of());
        }

        Launch named(String other) {
            return new Launch(other, java, jar, options, env);
        }

        Launch with(String option) {
            return new Launch(name, java, jar, Stream.concat(options.stream(), Stream.of(option)).toList(), env);
        }

        /**
         * On an H2 file, which lasts from one start to the next, with the default store's settings (a commit is on disk
         * before it is acknowledged), instead of memory.
         */
        Launch stored(Path database) {
            return withEnv("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:h2:file:" + database.toAbsolutePath() + ";WRITE_DELAY=0");
        }

        /** Majlis on a synthetic corpus, imported beside the bundled seeds. */
        Launch on(Path corpus) {
            return withEnv("MAJLIS_SEEDS_EXTERNAL", corpus.toAbsolutePath().toString());
        }

        private Launch withEnv(String variable, String value) {
            Map<String, String> more = new HashMap<>(env);
            more.put(variable, value);
            return new Launch(name, java, jar, options, more);
        }
    }

    /** A packaged app on a free loopback port. */
    static final class App implements AutoCloseable {

        /** Every process started and not yet ended, so that a harness stopped halfway leaves none behind. */
        static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

        interface Probe {
            boolean ok(App app) throws IOException, InterruptedException;
        }

        final Process process;
        final Path log;
        final int port;
        long readyMillis;
        final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .build();

        private App(Process process, Path log, int port) {
            this.process = process;
            this.log = log;
            this.port = port;
        }

        /** Starts the app and waits, polling every 15 ms, until the probe says it is ready; its time is readyMillis. */
        static App start(Launch launch, Probe ready) throws Exception {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            Path log = Files.createTempFile("majlis-bench", ".log");
            List<String> command = new ArrayList<>();
            if (launch.java() == null) {
                command.add(launch.jar().toString());
            } else {
                command.add(launch.java());
            }
            command.addAll(List.of("-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port));
            command.addAll(launch.options());
            if (launch.java() != null) {
                command.addAll(List.of("-jar", launch.jar().toString()));
            }
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            // Every start imports the seeds into memory, as the figures of docs/benchmarks.md were measured, rather
            // than finding the database file that an earlier run left under the working directory (the default).
            builder.environment().put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:h2:mem:majlis;DB_CLOSE_DELAY=-1");
            builder.environment().putAll(launch.env());
            long started = System.nanoTime();
            App app = new App(builder.start(), log, port);
            RUNNING.add(app.process);
            try {
                while (!ready.ok(app)) {
                    if (!app.process.isAlive()) {
                        throw new IllegalStateException(launch.name() + " stopped before it was ready:\n" + app.log());
                    }
                    if (System.nanoTime() - started > START_BOUND.toNanos()) {
                        throw new IllegalStateException(launch.name() + " not ready within " + START_BOUND.toMinutes() + " minutes:\n"
                                + app.log());
                    }
                    Thread.sleep(15);
                }
            } catch (Exception e) {
                app.close();
                throw e;
            }
            app.readyMillis = (System.nanoTime() - started) / 1_000_000;
            return app;
        }

        /** Runs a helper process to its end, failing if it fails. */
        static void run(ProcessBuilder builder) throws IOException, InterruptedException {
            Process process = builder.start();
            RUNNING.add(process);
            try {
                if (process.waitFor() != 0) {
                    throw new IllegalStateException("failed: " + builder.command());
                }
            } finally {
                RUNNING.remove(process);
            }
        }

        static void endAll() {
            RUNNING.forEach(p -> p.descendants().forEach(ProcessHandle::destroyForcibly));
            RUNNING.forEach(Process::destroyForcibly);
        }

        boolean isReady() throws InterruptedException {
            try {
                return get("/q/health/ready").statusCode() == 200;
            } catch (IOException notYet) {
                return false;
            }
        }

        boolean servesTheBaseline() throws InterruptedException {
            try {
                return get("/baseline/meetings").statusCode() == 200;
            } catch (IOException notYet) {
                return false;
            }
        }

        boolean answersTrivially() throws InterruptedException {
            try {
                HttpResponse<String> answer = post("/graphql", TRIVIAL);
                return answer.statusCode() == 200 && TRIVIAL_ANSWER.matcher(answer.body()).matches();
            } catch (IOException notYet) {
                return false;
            }
        }

        String log() throws IOException {
            return Files.readString(log, StandardCharsets.UTF_8);
        }

        /** The importer's log line: documents, claims, read and written ms, their sum and claims per second. */
        Map<String, Double> imported() throws IOException {
            Matcher line = IMPORTED.matcher(log());
            if (!line.find()) {
                throw new IllegalStateException("no import line in the log:\n" + log());
            }
            Map<String, Double> m = new LinkedHashMap<>();
            m.put("documents", Double.parseDouble(line.group(1)));
            m.put("claims", Double.parseDouble(line.group(2)));
            m.put("read", Double.parseDouble(line.group(3)));
            m.put("written", Double.parseDouble(line.group(4)));
            m.put("import", m.get("read") + m.get("written"));
            m.put("claims/s", m.get("claims") / (m.get("import") / 1000));
            return m;
        }

        int sqlLines() throws IOException {
            return (int) Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(l -> l.contains("org.hibernate.SQL")).count();
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30))
                    .build(), HttpResponse.BodyHandlers.ofString());
        }

        /** As a writer: with their bearer token. */
        HttpResponse<String> postAs(String path, String json, String token) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        String anActorWithMeetings() throws IOException, InterruptedException {
            Matcher m = Pattern.compile("\"id\":\"(Actor:[^\"]+)\"").matcher(post("/graphql",
                    "{\"query\": \"{ meetings(orderBy: DATE_DESC, first: 1) { nodes { participants { actor { id } } } } }\"}").body());
            return m.find() ? m.group(1) : "Actor:sergei-lavrov";
        }

        /** User plus system CPU time of the server process so far, in clock ticks: fields 14 and 15 of proc(5)'s stat. */
        long cpuTicks() throws IOException {
            String stat = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "stat"));
            // The command name, field 2, is in brackets and may hold spaces: count from the bracket that closes it.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[14 - 3]) + Long.parseLong(fields[15 - 3]);
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
            // G1 prints one line for its heap, the Serial collector one per generation (new, tenured): the sum.
            Matcher used = Pattern.compile("total \\d+K, used (\\d+)K").matcher(out);
            long kib = 0;
            boolean found = false;
            while (used.find()) {
                kib += Long.parseLong(used.group(1));
                found = true;
            }
            return found ? kib / 1024.0 : Double.NaN;
        }

        @Override
        public void close() throws InterruptedException, IOException {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
            RUNNING.remove(process);
            Files.deleteIfExists(log);
        }
    }
}
