package org.majlis.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.majlis.seed.SeedFiles.EvidenceSeed;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;

/**
 * Writes seed records as YAML that {@link SeedReader} reads back to the same records: keys in the records' order,
 * absent values left out, a quote as a bare string unless it says which occurrence, and text quoted wherever YAML
 * would read it as something else (a number, yes/no, a date, a comment), since the reader takes text only from text.
 * Lines are never folded, so that a diff of two exports shows the values that changed.
 */
public final class SeedYaml {

    private static final ObjectWriter WRITER = YAMLMapper.builder(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER, YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES, YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS,
                    YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .stringQuotingChecker(new DatesQuoted())
            .build())
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .addModule(new SimpleModule("majlis-seeds").addSerializer(EvidenceSeed.class, new QuoteSerializer()))
            .build()
            .writer();

    private SeedYaml() {
    }

    /** Writes one seed file: a first line naming its JSON Schema for editors, then the record. */
    static void write(Path file, String schema, Object record) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(out, schema, List.of(), record);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a new seed file, as {@link #write(Path, String, Object)} does, with comment lines after the first; a file
     * already there is never overwritten (FileAlreadyExistsException).
     */
    public static void writeNew(Path file, String schema, List<String> comments, Object record) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE)) {
            write(out, schema, comments, record);
        }
    }

    private static void write(Writer out, String schema, List<String> comments, Object record) throws IOException {
        out.write("# yaml-language-server: $schema=../schema/" + schema + "\n");
        for (String comment : comments) {
            out.write("# " + comment + "\n");
        }
        WRITER.writeValue(out, record);
    }

    /**
     * Jackson's rules, and a value that starts with a digit quoted too: YAML 1.1 tools (and editors checking the JSON
     * Schema) read an unquoted 2024-05-13 as a date, where the seeds mean text, as analysts quote it.
     */
    private static final class DatesQuoted extends StringQuotingChecker.Default {
        @Override
        public boolean needToQuoteValue(String value) {
            return super.needToQuoteValue(value) || (!value.isEmpty() && Character.isDigit(value.charAt(0)));
        }
    }

    /** The form analysts write: {@code - "quote"}, or {@code {quote, occurrence}} when the quote occurs more than once. */
    private static final class QuoteSerializer extends StdSerializer<EvidenceSeed> {
        QuoteSerializer() {
            super(EvidenceSeed.class);
        }

        @Override
        public void serialize(EvidenceSeed quote, JsonGenerator out, SerializerProvider provider) throws IOException {
            if (quote.occurrence() == null) {
                out.writeString(quote.quote());
                return;
            }
            out.writeStartObject();
            out.writeStringField("quote", quote.quote());
            out.writeNumberField("occurrence", quote.occurrence());
            out.writeEndObject();
        }
    }
}
