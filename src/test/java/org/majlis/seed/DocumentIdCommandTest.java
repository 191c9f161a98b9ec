package org.majlis.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

/** {@code document-id}: a new document's slug from its text file and date, or the file's problem as check names it. */
class DocumentIdCommandTest {

    static final String TEXT = "استقبل وزير الخارجية الروسي سيرغي لافروف، اليوم الثلاثاء، وفداً ليبياً في موسكو.\n";

    @Test
    void printsTheDateAndTheStartOfTheTextsSha256() throws Exception {
        Path file = Files.createTempFile("new", ".txt");
        Files.writeString(file, TEXT);
        Run run = run(file.toString(), "2024-05-14");
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(TEXT.getBytes(StandardCharsets.UTF_8)));
        assertEquals("2024-05-14-" + sha256.substring(0, 12) + "\n", run.out, run.err);
        assertEquals(0, run.status);
    }

    @Test
    void aTextTheImporterWouldRefuseIsRefusedWithItsPlace() throws Exception {
        Path file = Files.createTempFile("bom", ".txt");
        Files.write(file, new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a' });
        Run run = run(file.toString(), "2024-05-14");
        assertEquals(file + ":1:1: the text starts with a byte-order mark: save it as UTF-8 without BOM\n", run.err);
        assertEquals(1, run.status);
        assertEquals("", run.out);
    }

    @Test
    void aDateThatIsNotADayIsAUsageError() throws Exception {
        Path file = Files.createTempFile("new", ".txt");
        Files.writeString(file, TEXT);
        Run run = run(file.toString(), "13 May 2024");
        assertEquals(2, run.status);
        assertTrue(run.err.startsWith("the publication date must be YYYY-MM-DD"), run.err);
        assertEquals(2, run(file.toString()).status);
    }

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = DocumentIdCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
