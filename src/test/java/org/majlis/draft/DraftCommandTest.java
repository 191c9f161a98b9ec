package org.majlis.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.majlis.document.DocumentRules;
import org.majlis.seed.SeedCheck;
import org.majlis.seed.SeedSet;

/** The file-based workflow: a new article saved under its document id, drafted into a seed file that check accepts. */
class DraftCommandTest {

    static final String TEXT = "Russian Foreign Minister Sergei Lavrov received Khalifa Haftar in Moscow on Monday.";
    static final LocalDate PUBLISHED = LocalDate.of(2024, 6, 4);

    @TempDir
    Path seeds;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int draft(String... args) {
        return new DraftCommand(property -> null, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).draft(List.of(args));
    }

    private Path text() throws IOException {
        Path documents = Files.createDirectories(seeds.resolve("documents"));
        Path text = documents.resolve(DocumentRules.slugFor(PUBLISHED, TEXT) + ".txt");
        Files.writeString(text, TEXT, StandardCharsets.UTF_8);
        return text;
    }

    @Test
    void writesTheProposalsBesideTheTextAsASeedFileThatCheckAccepts() throws IOException {
        Path text = text();
        assertEquals(0, draft(text.toString(), "--published-on", PUBLISHED.toString(), "--language", "en", "--publisher",
                "Example News", "--seeds", seeds.toString()), err.toString(StandardCharsets.UTF_8));
        String slug = text.getFileName().toString().replace(".txt", "");
        String yaml = Files.readString(text.resolveSibling(slug + ".yaml"));
        assertTrue(yaml.startsWith("# yaml-language-server: $schema=../schema/document.schema.json\n# Drafted by"), yaml);
        SeedSet checked = SeedCheck.read(true, Optional.of(seeds));
        SeedSet.Doc doc = checked.documents().stream().filter(d -> d.slug().equals(slug)).findFirst().orElseThrow();
        assertEquals("Russian Foreign Minister Sergei Lavrov received Khalifa Haftar in Moscow on Monday",
                doc.file().document().title());
        assertEquals(List.of("2024-06-03-moscow-sergei-lavrov-khalifa-haftar"),
                doc.file().meetings().stream().map(m -> m.slug()).toList());
        assertEquals(List.of("Role:000_de159ab6a08af78c.sergei-lavrov.russian-ministry-of-foreign-affairs"),
                doc.file().sources().stream().map(s -> s.claim()).toList());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("meeting, meeting-verb, score 0.80: Sergei Lavrov receives "
                + "Khalifa Haftar in Moscow, 2024-06-03"), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void neverWritesOverAnAnalystsFile() throws IOException {
        Path text = text();
        Path yaml = text.resolveSibling(text.getFileName().toString().replace(".txt", ".yaml"));
        Files.writeString(yaml, "# mine\n");
        assertEquals(2, draft(text.toString(), "--published-on", PUBLISHED.toString(), "--language", "en", "--publisher",
                "Example News", "--seeds", seeds.toString()));
        assertEquals("# mine\n", Files.readString(yaml));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("exists already"));
    }

    @Test
    void saysWhatIsMissing() throws IOException {
        assertEquals(2, draft(text().toString(), "--language", "en", "--publisher", "Example News"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("--published-on is needed"));
    }
}
