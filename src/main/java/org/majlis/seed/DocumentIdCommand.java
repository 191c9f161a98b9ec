package org.majlis.seed;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.majlis.document.DocumentRules;

/**
 * {@code document-id TEXT_FILE PUBLISHED_ON}: prints the slug a new document's files are named by, made as
 * {@code createDocument} makes it when given none ({@link DocumentRules#slugFor}), from the text as the importer
 * reads it (strict UTF-8, no byte-order mark). So an analyst who saves an article as new.txt learns what to rename it
 * and its YAML to, and the same article sent through the API instead gets the same id.
 */
public final class DocumentIdCommand {

    static final String USAGE_TEXT = """
            usage: document-id TEXT_FILE PUBLISHED_ON
              Prints the slug of a new document: its publication date (YYYY-MM-DD) and the start of its text's SHA-256,
              as createDocument makes it; name the document's .txt and .yaml by it.
            exit status: 0 printed, 1 the file cannot be read as a seed text, 2 wrong usage""";

    private DocumentIdCommand() {
    }

    /** Runs the command; returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 2 || args[0].startsWith("-")) {
            err.println(USAGE_TEXT);
            return args.length == 1 && (args[0].equals("--help") || args[0].equals("-h")) ? SeedCheck.OK : SeedCheck.USAGE;
        }
        LocalDate publishedOn;
        try {
            publishedOn = LocalDate.parse(args[1]);
        } catch (DateTimeParseException e) {
            err.println("the publication date must be YYYY-MM-DD, e.g. 2024-05-13, not " + args[1]);
            return SeedCheck.USAGE;
        }
        List<SeedError> errors = new ArrayList<>();
        String text;
        try {
            text = SeedReader.decode(args[0], Files.readAllBytes(Path.of(args[0])), errors);
        } catch (IOException e) {
            err.println(args[0] + ":1:1: cannot read: " + e.getMessage());
            return SeedCheck.ERRORS;
        }
        if (text != null && text.isBlank()) {
            errors.add(new SeedError(args[0], 1, 1, "the text is empty: save the document's text, verbatim"));
        }
        if (!errors.isEmpty()) {
            errors.forEach(err::println);
            return SeedCheck.ERRORS;
        }
        out.println(DocumentRules.slugFor(publishedOn, text));
        return SeedCheck.OK;
    }
}
