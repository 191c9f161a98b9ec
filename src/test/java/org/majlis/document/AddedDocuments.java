package org.majlis.document;

import static org.hamcrest.Matchers.empty;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.majlis.auth.Tokens;
import org.majlis.graphql.GraphQL;
import org.majlis.graphql.RealisticOperationsTest;

/** A document of its own for a test that writes claims, added as a frontend adds one, so tests never see each other's. */
public final class AddedDocuments {

    private AddedDocuments() {
    }

    /** Adds an Arabic document of this text, published on 2024-05-14, and answers its id. */
    public static String withText(String text) {
        return withText(text, "ar", "2024-05-14");
    }

    /** Adds a document of this text, language and day of publication, and answers its id. */
    public static String withText(String text, String language, String publishedOn) {
        String slug = "added-" + UUID.randomUUID();
        Map<String, Object> input = new HashMap<>();
        input.put("slug", slug);
        input.put("title", "A report");
        input.put("publisher", "Example News");
        input.put("publishedOn", publishedOn);
        input.put("language", language);
        input.put("url", "https://example.org/news/" + slug);
        input.put("text", text);
        GraphQL.postAs(Tokens.analyst("ana"), RealisticOperationsTest.write("CreateDocument"), Map.of("input", input))
                .body("data.createDocument.userErrors", empty());
        return "Document:" + slug;
    }
}
