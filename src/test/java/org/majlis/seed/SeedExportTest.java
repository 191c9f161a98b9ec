package org.majlis.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The database written back as seed files, as {@code export} writes them: the folder passes {@code check}, imports to
 * the same rows, and a second export of that import is the same bytes. On the tests' fixture; the subclasses run
 * the same on the bundled seeds and on the 1,000-document corpus.
 */
@QuarkusTest
class SeedExportTest {

    @Inject
    SeedExport export;

    @Inject
    SeedImporter importer;

    @Inject
    AgroalDataSource database;

    @AfterEach
    void restoreTheConfiguredSeeds() {
        importer.importConfigured();
    }

    @Test
    void theExportImportsToTheSameRows() throws IOException {
        Map<String, List<String>> before = rows();
        importer.importFrom(List.of(SeedSource.folder(exported())));
        assertEquals(before, rows());
    }

    @Test
    void aSecondExportIsTheSameBytes() throws IOException {
        Path first = exported();
        importer.importFrom(List.of(SeedSource.folder(first)));
        Path second = exported();
        Map<String, String> files = files(first);
        assertTrue(files.keySet().stream().anyMatch(file -> file.startsWith("documents/") && file.endsWith(".txt")),
                "the documents' texts are exported: " + files.keySet());
        assertEquals(files, files(second));
    }

    @Test
    void theExportPassesTheCheck() throws IOException {
        Path folder = exported();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new SeedCheck(setting -> null, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).check(List.of("--no-bundled", folder.toString()));
        assertEquals(SeedCheck.OK, status, err.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("no errors"), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aFolderThatHoldsFilesIsRefusedAndKept() throws IOException {
        Path folder = Files.createTempDirectory("majlis-export");
        Path notes = Files.writeString(folder.resolve("notes.txt"), "an analyst's notes");
        var refused = assertThrows(SeedExport.ExportRefused.class, () -> export.exportTo(folder));
        assertTrue(refused.getMessage().contains("is not empty"), refused.getMessage());
        assertEquals("an analyst's notes", Files.readString(notes));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(notes), files.toList(), "nothing written beside the notes");
        }
    }

    Path exported() throws IOException {
        Path folder = Files.createTempDirectory("majlis-export").resolve("seeds");
        export.exportTo(folder);
        return folder;
    }

    /** Every file of a folder by its relative path, with its bytes as text. */
    static Map<String, String> files(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString(), Files.readString(file));
            }
        }
        return files;
    }

    /**
     * Every row of every table of the graph, as text, sorted; a label without its number, which the importer gives
     * in seed order and nothing names (Label). The record of the last import is not the graph.
     */
    private Map<String, List<String>> rows() {
        Map<String, List<String>> tables = new TreeMap<>();
        try (Connection connection = database.getConnection()) {
            List<String> names = new ArrayList<>();
            try (ResultSet found = connection.getMetaData().getTables(null, connection.getSchema(), "%",
                    new String[] { "TABLE" })) {
                while (found.next()) {
                    names.add(found.getString("TABLE_NAME").toLowerCase());
                }
            }
            names.removeAll(List.of("seed_import", "flyway_schema_history"));
            for (String table : names) {
                List<String> rows = new ArrayList<>();
                try (ResultSet all = connection.createStatement().executeQuery("select * from " + table)) {
                    int columns = all.getMetaData().getColumnCount();
                    while (all.next()) {
                        String[] values = new String[columns];
                        for (int column = 1; column <= columns; column++) {
                            boolean labelNumber = table.equals("label") && all.getMetaData().getColumnName(column).equalsIgnoreCase("id");
                            values[column - 1] = labelNumber ? "" : all.getMetaData().getColumnName(column) + "=" + all.getString(column);
                        }
                        rows.add(Arrays.toString(values));
                    }
                }
                rows.sort(null);
                tables.put(table, rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        assertTrue(tables.getOrDefault("evidence", List.of()).size() > 0, "the graph has quotes: " + tables.keySet());
        return tables;
    }
}
