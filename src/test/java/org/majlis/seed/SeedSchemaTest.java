package org.majlis.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The JSON Schemas that editors use accept every bundled seed file (and the tests' second report and draft texts, which
 * have sources), and refuse what the importer refuses.
 */
class SeedSchemaTest {

    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final ObjectMapper YAML = new YAMLMapper();

    @Test
    void everyBundledSeedFileFitsItsSchema() throws IOException {
        JsonSchema entities = schema("entities");
        JsonSchema document = schema("document");
        List<Path> files;
        try (Stream<Path> bundled = Files.walk(Path.of("seeds"));
                Stream<Path> secondReport = Files.walk(Path.of("src/test/resources/second-report-seeds"));
                Stream<Path> draftTexts = Files.walk(Path.of("src/test/resources/draft-texts"))) {
            files = Stream.of(bundled, secondReport, draftTexts).flatMap(s -> s)
                    .filter(p -> p.toString().endsWith(".yaml") && !p.endsWith("mentions.yaml")).sorted().toList();
        }
        assertFalse(files.isEmpty());
        for (Path file : files) {
            JsonSchema schema = file.getParent().endsWith("entities") ? entities : document;
            assertEquals(Set.of(), schema.validate(YAML.readTree(file.toFile())), file.toString());
        }
    }

    @Test
    void theDocumentSchemaRefusesAnUnknownKey() throws IOException {
        JsonNode yaml = YAML.readTree(SeedFixture.DOCUMENT.replace("    kind: TALKS", "    kind: TALKS\n    venue: moscow"));
        Set<ValidationMessage> messages = schema("document").validate(yaml);
        assertFalse(messages.isEmpty());
    }

    private static JsonSchema schema(String name) throws IOException {
        return SCHEMAS.getSchema(Files.readString(Path.of("seeds/schema", name + ".schema.json")));
    }
}
