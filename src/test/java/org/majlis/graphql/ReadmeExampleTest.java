package org.majlis.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/** The README's example is the first query a newcomer copies: it must answer what the README shows. */
@QuarkusTest
class ReadmeExampleTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theReadmesExampleQueryAnswersWhatTheReadmeShows() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String query = block(readme, "graphql");
        Matcher variables = Pattern.compile("with `(\\{.*?\\})` answers").matcher(readme);
        variables.find();
        String answer = GraphQL.post(query, JSON.readValue(variables.group(1), Map.class)).extract().asString();
        assertEquals(JSON.readTree(block(readme, "json")), JSON.readTree(answer));
    }

    private static String block(String markdown, String language) {
        Matcher block = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL).matcher(markdown);
        block.find();
        return block.group(1);
    }
}
