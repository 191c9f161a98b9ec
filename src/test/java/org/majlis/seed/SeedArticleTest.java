package org.majlis.seed;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.majlis.graphql.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The first source is bundled byte for byte, and served as it is: on the bundled seeds, not on the tests' fixture
 * (which holds a copy of it).
 */
@QuarkusTest
@TestProfile(BundledSeeds.class)
class SeedArticleTest {

    static final String ARTICLE = "documents/000_de159ab6a08af78c.txt";
    /** SHA-256 of the article as published in shared/seeds. */
    static final String SHA256 = "5158e2088a0560e7d5e7b97ae62f2056bd30ddce53cfd02b70857408a2ed2c63";

    @Test
    void theBundledArticleIsTheSharedOneByteForByte() throws IOException, NoSuchAlgorithmException {
        byte[] bundled;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("seeds/" + ARTICLE)) {
            bundled = in.readAllBytes();
        }
        assertEquals(SHA256, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bundled)));
        Path shared = Path.of("../shared/seeds/000_de159ab6a08af78c.txt");
        if (Files.exists(shared)) {
            assertArrayEquals(Files.readAllBytes(shared), bundled);
        }
    }

    @Test
    void theDocumentTextIsServedVerbatim() throws IOException {
        String text = Files.readString(Path.of("seeds", ARTICLE), StandardCharsets.UTF_8);
        GraphQL.post("""
                query Document($id: ID!) {
                  node(id: $id) { ... on Document { text publisher publishedOn language } }
                }""", Map.of("id", "Document:000_de159ab6a08af78c"))
                .body("data.node.text", equalTo(text))
                .body("data.node.publisher", equalTo("Al-Araby Al-Jadeed"))
                .body("data.node.publishedOn", equalTo("2024-05-13"))
                .body("data.node.language", equalTo("ar"));
    }

    /**
     * "Moscow began sending military reinforcements to a number of military sites in Libya as part of its effort to
     * build the African Corps": the reinforcements back the corps they were sent to build, by the article's words.
     */
    @Test
    void theReinforcementsOfAugust2023BackTheAfricanCorpsTheyWereSentToBuild() {
        GraphQL.post("""
                query Presence($id: ID!) {
                  node(id: $id) { ... on MilitaryPresence { supports { ... on Node { id } } evidence { quote } } }
                }""", Map.of("id", "MilitaryPresence:russia-reinforcements-libya-2023-08"))
                .body("data.node.supports.id", contains("Organisation:african-corps"))
                .body("data.node.evidence.quote", hasItem("في إطار سعيها لبناء “الفيلق الأفريقي”"));
    }
}
