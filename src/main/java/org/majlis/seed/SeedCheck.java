package org.majlis.seed;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.hibernate.validator.PredefinedScopeHibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * {@code check}: reads and checks seed folders with the importer's own reader and rules, writes nothing, and prints
 * each error as a {@code file:line:column: message} line, so that an analyst learns in about a second, without
 * starting the service, what a start would refuse.
 *
 * <p>It runs before Quarkus starts (see {@code org.majlis.main.Main}), so it builds what the importer gets from CDI
 * itself: Hibernate Validator through its bootstrap API (its predefined scope), with the interpolator that needs no
 * expression language (the seed constraints' messages have no expressions), and the seed settings from the same
 * system properties and environment variables that the service reads ({@code MAJLIS_SEEDS_EXTERNAL},
 * {@code MAJLIS_SEEDS_BUNDLED}, {@code MAJLIS_SEEDS_MAX_FILE_BYTES}). {@code SeedCheckTest} holds its output to the
 * importer's, error for error.
 */
public final class SeedCheck {

    /** Exit codes: the seeds are good, the seeds have errors, the command was used wrongly. */
    static final int OK = 0;
    static final int ERRORS = 1;
    static final int USAGE = 2;

    static final String USAGE_TEXT = """
            usage: check [--no-bundled] [FOLDER]
              Checks the bundled seeds and FOLDER (default: $MAJLIS_SEEDS_EXTERNAL) as a start would import them,
              writes nothing, and prints every error as file:line:column: message, and as file:line:column: notice:
              message every meeting that may be another document's reported again.
              --no-bundled  check FOLDER alone (as MAJLIS_SEEDS_BUNDLED=false serves it)
            exit status: 0 no error, 1 errors in the seeds, 2 wrong usage""";

    private final UnaryOperator<String> settings;
    private final PrintStream out;
    private final PrintStream err;

    /**
     * @param settings a setting's value by its property name (majlis.seeds.external), or null when unset
     */
    SeedCheck(UnaryOperator<String> settings, PrintStream out, PrintStream err) {
        this.settings = settings;
        this.out = out;
        this.err = err;
    }

    /** Runs the command with the process's system properties and environment; returns the exit status. */
    public static int run(String[] args) {
        return new SeedCheck(SeedCheck::setting, System.out, System.err).check(List.of(args));
    }

    int check(List<String> args) {
        boolean bundled = !"false".equalsIgnoreCase(settings.apply("majlis.seeds.bundled"));
        List<String> folders = new ArrayList<>();
        for (String arg : args) {
            switch (arg) {
                case "--no-bundled" -> bundled = false;
                case "--help", "-h" -> {
                    out.println(USAGE_TEXT);
                    return OK;
                }
                default -> {
                    if (arg.startsWith("-")) {
                        return usage("unknown option " + arg);
                    }
                    folders.add(arg);
                }
            }
        }
        if (folders.size() > 1) {
            return usage("one folder at most: the service imports one external folder beside the bundled seeds");
        }
        Optional<String> folder = folders.isEmpty() ? Optional.ofNullable(settings.apply("majlis.seeds.external"))
                : Optional.of(folders.get(0));
        List<SeedSource> sources = new ArrayList<>();
        if (bundled) {
            sources.add(SeedSource.bundled());
        }
        if (folder.isPresent()) {
            Path path = Path.of(folder.get());
            if (!Files.isDirectory(path)) {
                return usage("no folder at " + path.toAbsolutePath());
            }
            sources.add(SeedSource.folder(path));
        }
        if (sources.isEmpty()) {
            return usage("nothing to check: give a folder, or leave out --no-bundled");
        }
        return checkSources(sources);
    }

    private int checkSources(List<SeedSource> sources) {
        String read = SeedReader.describe(sources);
        try {
            SeedSet seeds = reader().check(sources);
            List<SeedError> notices = SameEventNotices.of(seeds);
            notices.forEach(notice -> out.println(notice.file() + ":" + notice.line() + ":" + notice.column() + ": notice: "
                    + notice.message()));
            out.printf(Locale.ROOT, "%s: no errors%s, %s and %s would be imported%n", read,
                    notices.isEmpty() ? "" : " (" + count(notices.size(), "notice") + ")",
                    count(seeds.documents().size(), "document"), count(seeds.claims(), "claim"));
            return OK;
        } catch (SeedException e) {
            e.errors().forEach(error -> err.println(error));
            err.printf(Locale.ROOT, "%s: %s, nothing would be imported%n", read, count(e.errors().size(), "error"));
            return ERRORS;
        } catch (UncheckedIOException e) {
            err.println("cannot read the seeds: " + e.getMessage());
            return ERRORS;
        }
    }

    /**
     * The seeds as a start would read them (the bundled ones first when asked for, then the folder), for the commands
     * that run without the service (draft, draft-figures); a SeedException holds every error.
     */
    public static SeedSet read(boolean bundled, Optional<Path> folder) {
        return read(bundled, folder, Set.of());
    }

    /** The seeds as {@link #read(boolean, Optional)} reads them, but for these files of the folder. */
    public static SeedSet read(boolean bundled, Optional<Path> folder, Set<Path> leftOut) {
        List<SeedSource> sources = new ArrayList<>();
        if (bundled) {
            sources.add(SeedSource.bundled());
        }
        folder.ifPresent(path -> sources.add(SeedSource.folder(path, leftOut)));
        return new SeedCheck(SeedCheck::setting, System.out, System.err).reader().check(sources);
    }

    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private int usage(String problem) {
        err.println(problem);
        err.println(USAGE_TEXT);
        return USAGE;
    }

    private SeedReader reader() {
        long maxFileBytes = Long.parseLong(Optional.ofNullable(settings.apply("majlis.seeds.max-file-bytes"))
                .orElse(SeedConfig.DEFAULT_MAX_FILE_BYTES));
        return new SeedReader(CheckValidator.VALIDATOR, maxFileBytes);
    }

    /**
     * The validator, made once with its class. Quarkus initializes classes while a native image is built, so there
     * it is made at build time and kept in the image, as Quarkus keeps its own: Hibernate Validator's bootstrap
     * reaches code a native image cannot hold (docs/native.md). Its predefined scope, as Quarkus's: told the classes
     * and constraints in advance, it reads everything about them while it is made.
     */
    private static final class CheckValidator {

        static final Validator VALIDATOR = make();

        private static Validator make() {
            // Its version banner is an INFO line, which would read like a finding among the errors.
            Logger.getLogger("org.hibernate.validator").setLevel(Level.WARNING);
            return SeedReader.validatorOf(Validation.byProvider(PredefinedScopeHibernateValidator.class).configure()
                    .builtinConstraints(SeedFiles.CONSTRAINTS).initializeBeanMetaData(SeedFiles.RECORDS).ignoreXmlConfiguration()
                    .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory());
        }
    }

    /** MicroProfile Config's order: a system property, then the environment variable of the same name. */
    public static String setting(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            value = System.getenv(property.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"));
        }
        return value == null || value.isBlank() ? null : value;
    }
}
