package org.majlis.draft;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.majlis.evidence.Quotes;
import org.majlis.seed.SeedCheck;
import org.majlis.seed.SeedFiles.DateSeed;
import org.majlis.seed.SeedFiles.DocumentFile;
import org.majlis.seed.SeedFiles.MeetingSeed;
import org.majlis.seed.SeedFiles.PresenceSeed;
import org.majlis.seed.SeedFiles.RoleSeed;
import org.majlis.seed.SeedFiles.SourceSeed;
import org.majlis.seed.SeedSet;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * {@code draft-figures FOLDER}: the drafter's precision and recall per kind on annotated test texts (FOLDER/seeds, the
 * texts and their expected claims as seed files; FOLDER/mentions.yaml, every name they give) and how many of the
 * bundled article's curated claims it recovers. Each text is drafted against the bundled seeds and the test entities,
 * with no claim of its own nor of the other test texts; the bundled article against the entities alone.
 * <p>
 * A proposal is right when it says what the annotation says: a mention its exact words and node; a role its actor and
 * organisation; a meeting its participants, place and date; a presence its force, host country, place and start; a
 * further source the claim it reports (and for a meeting, the date and place this text gives). Titles, kinds, statuses
 * and quotes are the analyst's to check and are not compared.
 */
public final class DraftFigures {

    static final String USAGE = """
            usage: draft-figures [--list] FOLDER
              Drafts each annotated test text in FOLDER/seeds and the bundled article, compares the proposals with the
              annotations (FOLDER/seeds/documents/*.yaml, FOLDER/mentions.yaml), and prints precision and recall per
              kind; --list prints every miss and every wrong proposal too.
            exit status: 0 figures printed, 1 the folder or its seeds cannot be read, 2 wrong usage""";

    /** A name an annotator marked: its words, which occurrence of them, and its node. */
    @RegisterForReflection
    public record Marked(String text, Integer occurrence, String node) {
    }

    /** What was expected and what was proposed, by key, for one kind. */
    static final class Tally {
        final Set<String> expected = new LinkedHashSet<>();
        final Set<String> proposed = new LinkedHashSet<>();

        int right() {
            Set<String> right = new TreeSet<>(expected);
            right.retainAll(proposed);
            return right.size();
        }
    }

    /** How many times the speed line drafts the bundled article: enough for the JIT to have compiled the rules. */
    private static final int SPEED_RUNS = 200;

    private final PrintStream out;
    private final Map<String, Tally> tallies = new LinkedHashMap<>();
    private final Map<String, Tally> article = new LinkedHashMap<>();
    private int mistakenPeople;

    DraftFigures(PrintStream out) {
        this.out = out;
    }

    public static int run(String[] args) {
        List<String> list = List.of(args);
        boolean verbose = list.contains("--list");
        List<String> folders = list.stream().filter(a -> !a.startsWith("--")).toList();
        if (folders.size() != 1 || list.stream().anyMatch(a -> a.startsWith("--") && !a.equals("--list"))) {
            System.err.println(USAGE);
            return 2;
        }
        Path folder = Path.of(folders.get(0));
        if (!Files.isDirectory(folder.resolve("seeds")) || !Files.isRegularFile(folder.resolve("mentions.yaml"))) {
            System.err.println("no annotated test texts at " + folder.toAbsolutePath() + " (seeds/ and mentions.yaml)");
            return 1;
        }
        try {
            new DraftFigures(System.out).measure(folder, verbose);
            return 0;
        } catch (UncheckedIOException | IllegalArgumentException e) {
            System.err.println("cannot measure: " + e.getMessage());
            return 1;
        }
    }

    void measure(Path folder, boolean verbose) {
        SeedSet bundled = SeedCheck.read(true, Optional.empty());
        Set<String> bundledDocuments = bundled.documents().stream().map(SeedSet.Doc::slug).collect(Collectors.toSet());
        SeedSet all = SeedCheck.read(true, Optional.of(folder.resolve("seeds")));
        Map<String, List<Marked>> marked = mentions(folder.resolve("mentions.yaml"));
        long cpu = 0;
        int texts = 0;
        for (SeedSet.Doc doc : all.documents()) {
            boolean test = !bundledDocuments.contains(doc.slug());
            KnownGraph graph = SeedGraph.of(all, slug -> test && bundledDocuments.contains(slug) && !slug.equals(doc.slug()));
            long started = CpuTime.now();
            List<Proposal> proposals = Drafter.draft(doc.slug(), doc.text(), LocalDate.parse(doc.file().document().publishedOn()),
                    doc.file().document().language(), graph);
            cpu += CpuTime.now() - started;
            texts++;
            Map<String, Tally> into = test ? tallies : article;
            expect(into, doc, test ? marked.getOrDefault(doc.slug(), List.of()) : null);
            propose(into, doc, proposals);
            if (test) {
                mistakenPeople += (int) proposals.stream().filter(p -> p.kind() == Proposal.Kind.ACTOR).count();
            }
        }
        measureNewPeople(all, bundled, marked);
        out.printf(Locale.ROOT, "Drafter %s on %d annotated test texts (%s)%n", Drafter.VERSION, texts - bundledDocuments.size(),
                folder);
        out.println("kind        expected  proposed  right  precision  recall");
        tallies.forEach((kind, t) -> out.printf(Locale.ROOT, "%-10s %9d %9d %6d %10s %7s%n", kind, t.expected.size(),
                t.proposed.size(), t.right(), ratio(t.right(), t.proposed.size()), ratio(t.right(), t.expected.size())));
        out.printf(Locale.ROOT, "(new people: each text drafted again with the test texts' people unknown; where every "
                + "person is known, %d new people were proposed, each a mistake)%n", mistakenPeople);
        int curated = article.values().stream().mapToInt(t -> t.expected.size()).sum();
        int recovered = article.values().stream().mapToInt(Tally::right).sum();
        out.printf(Locale.ROOT, "The bundled article: %d of its %d curated claims recovered (%s): %s%n", recovered, curated,
                ratio(recovered, curated), article.entrySet().stream().filter(e -> !e.getKey().equals("mentions"))
                        .map(e -> e.getKey() + " " + e.getValue().right() + "/" + e.getValue().expected.size())
                        .collect(Collectors.joining(", ")));
        out.printf(Locale.ROOT, "CPU time: %d ms for the %d texts, each drafted once (the first runs cold)%n", cpu / 1_000_000,
                texts);
        speed(all, bundledDocuments);
        if (verbose) {
            list("test texts", tallies);
            list("the bundled article", article);
        }
    }

    /**
     * The people of the test texts' roles who are not in the bundled seeds, found as new: each text drafted against a
     * graph without the test texts' people, a person expected where a role of theirs stands with a title, by the words
     * the annotator marked as their first name in the text, and proposed where a new person's quote is those words.
     */
    private void measureNewPeople(SeedSet all, SeedSet bundled, Map<String, List<Marked>> marked) {
        Set<String> bundledActors = bundled.entities().stream().filter(e -> e.file().actors() != null)
                .flatMap(e -> e.file().actors().stream()).map(a -> "Actor:" + a.slug()).collect(Collectors.toSet());
        Set<String> bundledDocuments = bundled.documents().stream().map(SeedSet.Doc::slug).collect(Collectors.toSet());
        KnownGraph graph = SeedGraph.of(all, bundledDocuments::contains, id -> !id.startsWith("Actor:") || bundledActors.contains(id));
        Tally t = tally(tallies, "new people");
        for (SeedSet.Doc doc : all.documents()) {
            if (bundledDocuments.contains(doc.slug())) {
                continue;
            }
            String d = doc.slug() + " ";
            for (RoleSeed role : list(doc.file().roles())) {
                String actor = "Actor:" + role.actor();
                if (!bundledActors.contains(actor)) {
                    marked.getOrDefault(doc.slug(), List.of()).stream().filter(m -> m.node().equals(actor)).findFirst()
                            .ifPresent(m -> t.expected.add(d + m.text()));
                }
            }
            Drafter.draft(doc.slug(), doc.text(), LocalDate.parse(doc.file().document().publishedOn()),
                    doc.file().document().language(), graph).stream().filter(p -> p.kind() == Proposal.Kind.ACTOR)
                    .forEach(p -> t.proposed.add(d + p.quotes().get(0).quote()));
        }
    }

    /** Drafts the bundled article again and again: its CPU time per draft, the first and the median of the rest. */
    private void speed(SeedSet all, Set<String> bundledDocuments) {
        SeedSet.Doc article = all.documents().stream().filter(d -> bundledDocuments.contains(d.slug())).findFirst().orElseThrow();
        KnownGraph graph = SeedGraph.of(all, slug -> bundledDocuments.contains(slug) && !slug.equals(article.slug()));
        LocalDate published = LocalDate.parse(article.file().document().publishedOn());
        long[] times = new long[SPEED_RUNS];
        for (int i = 0; i < SPEED_RUNS; i++) {
            long started = CpuTime.now();
            Drafter.draft(article.slug(), article.text(), published, article.file().document().language(), graph);
            times[i] = CpuTime.now() - started;
        }
        long first = times[0];
        long[] rest = Arrays.copyOfRange(times, 1, SPEED_RUNS);
        Arrays.sort(rest);
        out.printf(Locale.ROOT, "Speed: the bundled article (%d characters, %d bytes of UTF-8) drafted %d times: %.1f ms of CPU "
                + "the first time, %.2f ms the median of the others%n", article.text().length(),
                article.text().getBytes(StandardCharsets.UTF_8).length, SPEED_RUNS, first / 1e6,
                rest[rest.length / 2] / 1e6);
    }

    private void list(String what, Map<String, Tally> by) {
        by.forEach((kind, t) -> {
            t.expected.stream().filter(k -> !t.proposed.contains(k)).forEach(k -> out.println("missed (" + what + ") " + kind + ": " + k));
            t.proposed.stream().filter(k -> !t.expected.contains(k)).forEach(k -> out.println("wrong  (" + what + ") " + kind + ": " + k));
        });
    }

    private static String ratio(int n, int of) {
        return of == 0 ? "-" : String.format(Locale.ROOT, "%.2f", (double) n / of);
    }

    private static Tally tally(Map<String, Tally> by, String kind) {
        return by.computeIfAbsent(kind, k -> new Tally());
    }

    private void expect(Map<String, Tally> into, SeedSet.Doc doc, List<Marked> mentions) {
        String d = doc.slug() + " ";
        DocumentFile file = doc.file();
        if (mentions != null) {
            Tally t = tally(into, "mentions");
            for (Marked m : mentions) {
                int start = Quotes.start(doc.text(), m.text(), m.occurrence() == null ? 1 : m.occurrence());
                if (start < 0) {
                    throw new IllegalArgumentException(doc.slug() + ": mentions.yaml marks «" + m.text() + "» where the text has none");
                }
                t.expected.add(d + start + "-" + (start + m.text().length()) + " " + m.node());
            }
        }
        for (RoleSeed role : list(file.roles())) {
            tally(into, "roles").expected.add(d + roleKey(role.actor(), role.organisation()));
        }
        for (MeetingSeed m : list(file.meetings())) {
            tally(into, "meetings").expected.add(d + meetingKey(m.participants().stream().map(p -> p.actor()).toList(), m.place(),
                    m.date()));
        }
        for (PresenceSeed p : list(file.militaryPresences())) {
            tally(into, "presences").expected.add(d + presenceKey(p));
        }
        for (var relationship : list(file.relationships())) {
            tally(into, "relationships").expected.add(d + relationship.slug());
        }
        for (SourceSeed source : list(file.sources())) {
            tally(into, kindOf(source.claim())).expected.add(d + sourceKey(source));
        }
    }

    private void propose(Map<String, Tally> into, SeedSet.Doc doc, List<Proposal> proposals) {
        String d = doc.slug() + " ";
        for (Proposal p : proposals) {
            switch (p.kind()) {
                case MENTION -> {
                    if (into.containsKey("mentions")) {
                        Proposal.Quote q = p.quotes().get(0);
                        List<String> nodes = ((Proposal.MentionContent) p.content()).nodeIds();
                        tally(into, "mentions").proposed.add(d + q.start() + "-" + q.end() + " " + String.join("|", nodes));
                    }
                }
                case ROLE -> {
                    RoleSeed role = (RoleSeed) p.content();
                    tally(into, "roles").proposed.add(d + roleKey(role.actor(), role.organisation()));
                }
                case MEETING -> {
                    MeetingSeed m = (MeetingSeed) p.content();
                    tally(into, "meetings").proposed.add(d + meetingKey(m.participants().stream().map(x -> x.actor()).toList(),
                            m.place(), m.date()));
                }
                case MILITARY_PRESENCE -> tally(into, "presences").proposed.add(d + presenceKey((PresenceSeed) p.content()));
                case SOURCE -> {
                    SourceSeed source = (SourceSeed) p.content();
                    tally(into, kindOf(source.claim())).proposed.add(d + sourceKey(source));
                }
                default -> {
                }
            }
        }
    }

    private static String kindOf(String claim) {
        return switch (claim.substring(0, claim.indexOf(':'))) {
            case "Role" -> "roles";
            case "Meeting" -> "meetings";
            case "MilitaryPresence" -> "presences";
            default -> "relationships";
        };
    }

    private static String roleKey(String actor, String organisation) {
        return "role " + actor + (organisation == null ? "" : " in " + organisation);
    }

    private static String meetingKey(List<String> actors, String place, DateSeed date) {
        return "meeting of " + new TreeSet<>(actors) + " at " + place + " on " + (date == null ? null : date.iso());
    }

    private static String presenceKey(PresenceSeed p) {
        return "presence of " + p.force() + " in " + p.hostCountry() + " at " + p.place() + " from "
                + (p.start() == null ? null : p.start().iso());
    }

    /** A further source: the claim, and what this text says of a meeting's date and place. */
    private static String sourceKey(SourceSeed s) {
        return "source of " + s.claim() + (s.claim().startsWith("Meeting:")
                ? " on " + (s.date() == null ? null : s.date().iso()) + " at " + s.place() : "");
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static Map<String, List<Marked>> mentions(Path file) {
        try {
            return new YAMLMapper().readValue(Files.readString(file), new TypeReference<Map<String, List<Marked>>>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
