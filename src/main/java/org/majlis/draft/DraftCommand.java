package org.majlis.draft;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.majlis.seed.SeedCheck;
import org.majlis.seed.SeedException;
import org.majlis.seed.SeedFiles.DocumentFile;
import org.majlis.seed.SeedFiles.DocumentSeed;
import org.majlis.seed.SeedFiles.MeetingSeed;
import org.majlis.seed.SeedFiles.PresenceSeed;
import org.majlis.seed.SeedFiles.RoleSeed;
import org.majlis.seed.SeedFiles.SourceSeed;
import org.majlis.seed.SeedSet;
import org.majlis.seed.SeedYaml;

/**
 * {@code draft TEXT_FILE ...}: the drafter for the file-based workflow. Drafts a new document's text against the seeds
 * (the bundled ones and the external folder, as {@code check} reads them) and writes its seed file beside it: every
 * role, meeting, military presence and further source proposed, with its quotes, for the analyst to correct and then
 * {@code check}. Nothing is imported and no existing file is overwritten.
 */
public final class DraftCommand {

    static final String USAGE = """
            usage: draft TEXT_FILE --published-on YYYY-MM-DD --language ar|en --publisher NAME [--title TITLE] [--url URL]
                         [--seeds FOLDER] [--no-bundled]
              Drafts the document whose verbatim text is TEXT_FILE (named <slug>.txt, the slug as document-id prints it)
              against the bundled seeds and FOLDER (default: $MAJLIS_SEEDS_EXTERNAL), and writes <slug>.yaml beside it:
              the roles, meetings, military presences and further sources the drafter proposes, each with its quotes.
              Read every claim against the text, correct or delete it, add what the drafter missed, then run check.
              The title defaults to the text's first sentence.
            exit status: 0 written, 1 the text or the seeds cannot be read, 2 wrong usage or the .yaml exists""";

    /** The longest title taken from the text's first sentence, at a word's end. */
    private static final int TITLE_CHARACTERS = 120;

    private final UnaryOperator<String> settings;
    private final PrintStream out;
    private final PrintStream err;

    DraftCommand(UnaryOperator<String> settings, PrintStream out, PrintStream err) {
        this.settings = settings;
        this.out = out;
        this.err = err;
    }

    public static int run(String[] args) {
        return new DraftCommand(SeedCheck::setting, System.out, System.err).draft(List.of(args));
    }

    int draft(List<String> args) {
        Map<String, String> options = new HashMap<>();
        List<String> files = new ArrayList<>();
        boolean bundled = !"false".equalsIgnoreCase(settings.apply("majlis.seeds.bundled"));
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--no-bundled")) {
                bundled = false;
            } else if (arg.equals("--help") || arg.equals("-h")) {
                out.println(USAGE);
                return 0;
            } else if (arg.startsWith("--") && i + 1 < args.size() && List.of("--published-on", "--language", "--publisher",
                    "--title", "--url", "--seeds").contains(arg)) {
                options.put(arg, args.get(++i));
            } else if (arg.startsWith("-")) {
                return usage("unknown option " + arg + (arg.startsWith("--") ? " (or its value is missing)" : ""));
            } else {
                files.add(arg);
            }
        }
        if (files.size() != 1 || !files.get(0).endsWith(".txt")) {
            return usage("give one text file, named <slug>.txt");
        }
        for (String required : List.of("--published-on", "--language", "--publisher")) {
            if (!options.containsKey(required)) {
                return usage(required + " is needed");
            }
        }
        LocalDate published;
        try {
            published = LocalDate.parse(options.get("--published-on"));
        } catch (DateTimeParseException e) {
            return usage("the publication date must be YYYY-MM-DD, e.g. 2024-05-13, not " + options.get("--published-on"));
        }
        Path text = Path.of(files.get(0));
        String name = text.getFileName().toString();
        String slug = name.substring(0, name.length() - ".txt".length());
        Path yaml = text.resolveSibling(slug + ".yaml");
        if (Files.exists(yaml)) {
            return usage(yaml + " exists already: the drafter never writes over an analyst's file");
        }
        String content;
        try {
            content = Files.readString(text, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            err.println(text + ":1:1: cannot read: " + e.getMessage());
            return 1;
        }
        Optional<Path> folder = Optional.ofNullable(options.get("--seeds")).or(() -> Optional.ofNullable(
                settings.apply("majlis.seeds.external"))).map(Path::of);
        SeedSet seeds;
        try {
            seeds = SeedCheck.read(bundled, folder, Set.of(text.toAbsolutePath().normalize()));
        } catch (SeedException e) {
            e.errors().forEach(err::println);
            err.println("the seeds have errors: run check, mend them, then draft again");
            return 1;
        }
        String language = options.get("--language");
        KnownGraph graph = SeedGraph.of(seeds, document -> !document.equals(slug));
        List<Proposal> proposals = Drafter.draft(slug, content, published, language, graph);
        DocumentFile file = file(proposals, new DocumentSeed(options.getOrDefault("--title", title(content)),
                options.get("--publisher"), null, published.toString(), language, options.get("--url")));
        List<String> comments = new ArrayList<>();
        comments.add("Drafted by Majlis's drafter " + Drafter.VERSION + " (docs/drafts.md): read every claim against the text, "
                + "correct or delete it, add what it missed, then run check.");
        for (Proposal p : proposals) {
            if (SuggestionInputs.of(slug, p) != null) {
                String line = String.format(Locale.ROOT, "%s, %s, score %.2f: %s", p.kind().name().toLowerCase(Locale.ROOT),
                        p.rule(), p.score(), Summaries.of(p, graph)) + (p.kind() == Proposal.Kind.ACTOR
                                ? " (add them to an entities file, then draft again: their role and meetings follow)" : "");
                comments.add(line);
                out.println(line);
            }
        }
        try {
            SeedYaml.writeNew(yaml, "document.schema.json", comments, file);
        } catch (FileAlreadyExistsException e) {
            return usage(yaml + " exists already: the drafter never writes over an analyst's file");
        } catch (IOException e) {
            err.println(yaml + ": cannot write: " + e.getMessage());
            return 1;
        }
        out.printf(Locale.ROOT, "%s: %d proposals; check it with: check%s%n", yaml, comments.size() - 1,
                folder.map(f -> " " + f).orElse(""));
        return 0;
    }

    /** The seed file of the proposals: claims by kind, in the text's order; mentions and dates stay inside them. */
    static DocumentFile file(List<Proposal> proposals, DocumentSeed document) {
        List<RoleSeed> roles = new ArrayList<>();
        List<MeetingSeed> meetings = new ArrayList<>();
        List<PresenceSeed> presences = new ArrayList<>();
        List<SourceSeed> sources = new ArrayList<>();
        for (Proposal p : proposals) {
            switch (p.kind()) {
                case ROLE -> roles.add((RoleSeed) p.content());
                case MEETING -> meetings.add((MeetingSeed) p.content());
                case MILITARY_PRESENCE -> presences.add((PresenceSeed) p.content());
                case SOURCE -> sources.add((SourceSeed) p.content());
                default -> {
                }
            }
        }
        return new DocumentFile(document, roles.isEmpty() ? null : roles, meetings.isEmpty() ? null : meetings,
                presences.isEmpty() ? null : presences, null, sources.isEmpty() ? null : sources);
    }

    /** The text's first sentence, cut at a word's end when it is long. */
    static String title(String text) {
        String first = text.strip().split("[.!?؟\\n]", 2)[0].strip();
        if (first.length() <= TITLE_CHARACTERS) {
            return first;
        }
        int cut = first.lastIndexOf(' ', TITLE_CHARACTERS);
        return first.substring(0, cut > 0 ? cut : TITLE_CHARACTERS) + "…";
    }

    private int usage(String problem) {
        err.println(problem);
        err.println(USAGE);
        return 2;
    }
}
