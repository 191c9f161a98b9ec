package org.majlis.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * draft-figures on the project's annotated test texts: it reads every annotation (the expected counts are the
 * annotations', written before the drafter existed) and prints a row per kind and the bundled article's recovery. The
 * figures themselves are docs/drafts.md's, not asserted here.
 */
class DraftFiguresTest {

    @Test
    void printsPrecisionAndRecallPerKindOnTheTestTexts() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new DraftFigures(new PrintStream(bytes, true, StandardCharsets.UTF_8)).measure(Path.of("src/test/resources/draft-texts"), false);
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("on 12 annotated test texts"), out);
        assertTrue(Pattern.compile("mentions +53 +\\d+ +\\d+ +[01]\\.\\d\\d +[01]\\.\\d\\d").matcher(out).find(), out);
        assertTrue(Pattern.compile("roles +19 ").matcher(out).find(), out);
        assertTrue(Pattern.compile("meetings +10 ").matcher(out).find(), out);
        assertTrue(Pattern.compile("presences +2 ").matcher(out).find(), out);
        assertTrue(Pattern.compile("The bundled article: \\d+ of its 19 curated claims recovered").matcher(out).find(), out);
    }

    @Test
    void refusesAFolderWithoutAnnotations() {
        assertEquals(1, DraftFigures.run(new String[] { "src/test/resources/fixture-seeds" }));
        assertEquals(2, DraftFigures.run(new String[] {}));
    }
}
