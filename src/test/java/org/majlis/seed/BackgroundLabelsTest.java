package org.majlis.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.majlis.label.Label;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A label marked background ("no source uses it") is background only while no document uses it, so that the
 * flag stays true as articles arrive.
 */
@QuarkusTest
class BackgroundLabelsTest {

    private static final String RUSSIAN_NAME = "Сергей Лавров";

    @Inject
    SeedImporter importer;

    @AfterEach
    void serveTheConfiguredSeedsAgain() {
        importer.importConfigured();
    }

    private static SeedFixture withRussianNameMarkedBackground() {
        return new SeedFixture().replace("entities/entities.yaml", "- { lang: ar, text: سيرغي لافروف }",
                "- { lang: ar, text: سيرغي لافروف }\n    aliases:\n      - { lang: ru, text: " + RUSSIAN_NAME
                        + ", background: true }");
    }

    @Test
    void aMarkedLabelThatNoDocumentUsesIsBackground() {
        importOnly(withRussianNameMarkedBackground().write());
        assertEquals(true, backgroundOf(RUSSIAN_NAME));
    }

    @Test
    void aMarkedLabelIsNoLongerBackgroundOnceADocumentUsesIt() {
        Path seeds = withRussianNameMarkedBackground()
                .with("documents/tass.txt", "Министр иностранных дел России " + RUSSIAN_NAME + " встретился в Москве.")
                .with("documents/tass.yaml", SeedFixture.DOCUMENT.replace("lavrov-in-moscow", "lavrov-in-tass")
                        .replace("language: en", "language: ru")
                        .replace("evidence: [ \"Lavrov met\" ]", "evidence: [ \"" + RUSSIAN_NAME + "\" ]")
                        .replace("evidence: [ \"in Moscow\" ]", "evidence: [ \"в Москве\" ]"))
                .write();
        importOnly(seeds);
        assertEquals(false, backgroundOf(RUSSIAN_NAME));
    }

    @Test
    void anUnmarkedLabelIsNeverBackground() {
        importOnly(new SeedFixture().write());
        assertEquals(false, backgroundOf("Sergei Lavrov"));
    }

    private void importOnly(Path folder) {
        importer.importFrom(List.of(SeedSource.folder(folder)));
    }

    private static boolean backgroundOf(String text) {
        return QuarkusTransaction.requiringNew().call(() -> Label.<Label> find("text", text).singleResult().background);
    }
}
