package org.majlis.packaged;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What annotating the bundled article's first paragraph takes in the editor, with the drafter's suggestions and
 * without (issue 26). A scripted analyst pastes the paragraph into a graph that knows its people, bodies and places
 * but none of its claims, and reaches the same six claims both ways: the roles of its four people and its two
 * meetings (the talks, and the meeting with other officials it expects), as seeds/documents/000_de159ab6a08af78c.yaml
 * curates them; the API is then asked for them. Every action of the analyst's hands is counted (Annotator), and the
 * work is timed from the draft page's opening to the last claim written. The figures go to
 * target/annotation-effort.md (docs/benchmarks.md reports them): the time is a machine's at a browser, not a
 * person's, and the actions are what compare.
 */
class AnnotationEffortIT {

    private static final Path ARTICLE = Path.of("seeds/documents/000_de159ab6a08af78c.txt");
    private static final Path REPORT = Path.of("target/annotation-effort.md");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String LAFI = "Actor:abdullah-al-lafi";
    private static final String BAOUR = "Actor:taher-al-baour";
    private static final String LAVROV = "Actor:sergei-lavrov";
    private static final String HADDAD = "Actor:mohammed-al-haddad";
    private static final String MOSCOW = "Place:moscow";

    /** The paragraph's claims as the curated seeds have them: whose role in which body; each meeting's date, status and people. */
    private static final Set<String> CLAIMS = Set.of(
            "role " + LAFI + " Organisation:presidential-council",
            "role " + BAOUR + " Organisation:gnu-ministry-of-foreign-affairs",
            "role " + LAVROV + " Organisation:russian-ministry-of-foreign-affairs",
            "role " + HADDAD + " Organisation:libyan-general-staff",
            "meeting 2024-05-13 REPORTED " + new TreeSet<>(Set.of(LAFI, BAOUR, LAVROV, HADDAD)),
            "meeting 2024-05 EXPECTED " + new TreeSet<>(Set.of(LAFI, BAOUR, HADDAD)));

    record Effort(String how, Annotator hands, Duration time) {

        String row() {
            return "| %s | %d | %d | %d | %d (%d characters) | %d | %d | %.1f s |".formatted(how, hands.actions(), hands.clicks,
                    hands.keys, hands.fieldsTyped, hands.charactersTyped, hands.choices, hands.selections, time.toMillis() / 1000.0);
        }
    }

    @AfterAll
    static void quit() {
        InBrowser.quitTheBrowser();
    }

    @Test
    void theFirstParagraphAnnotatedWithTheDraftsAndWithout() throws Exception {
        String paragraph = Files.readString(ARTICLE).split("\n")[1];
        Effort without = annotate(paragraph, false);
        Effort with = annotate(paragraph, true);
        String report = """
                # Annotating the bundled article's first paragraph in the editor (AnnotationEffortIT)

                The same six claims (four roles, two meetings), from the draft page's opening to the last claim written.
                Actions are clicks, keys, fields typed, choices in lists and selections dragged in the text.

                | | actions | clicks | keys | fields typed | choices | selections | time |
                |---|---|---|---|---|---|---|---|
                %s
                %s
                """.formatted(without.row(), with.row());
        Files.writeString(REPORT, report);
        System.out.println(report);
    }

    private static Effort annotate(String paragraph, boolean withDrafts) throws Exception {
        Path seeds = Files.createTempDirectory("majlis-effort-seeds");
        Files.createDirectories(seeds.resolve("documents"));
        copy(Path.of("seeds/entities"), seeds.resolve("entities"));
        try (PackagedApp app = InEditor.app(Map.of("MAJLIS_SEEDS_BUNDLED", "false", "MAJLIS_SEEDS_EXTERNAL", seeds.toString()))) {
            InBrowser.quitTheBrowser(); // a browser of its own: a session of its own, on this app's origin
            WebDriver browser = InBrowser.browser();
            String name = withDrafts ? "with-drafts" : "without-drafts";
            try {
                InEditor.logIn(browser, "http://localhost:" + app.port + "/reader/", "analyst");
                String slug = InEditor.pasteAndDraft(browser, "Libyan delegation in Moscow", "2024-05-13", "ar", paragraph);
                Annotator hands = new Annotator(browser);
                long start = System.nanoTime();
                if (withDrafts) {
                    acceptTheDrafts(hands);
                } else {
                    rolesByHand(hands);
                    talksByHand(hands);
                }
                expectedMeetingByHand(hands);
                Duration took = Duration.ofNanos(System.nanoTime() - start);
                InBrowser.screenshot("editor-effort-" + name);
                assertEquals(CLAIMS, claimsOf(app, slug), "the paragraph's claims, " + name);
                return new Effort(withDrafts ? "with the drafts" : "without", hands, took);
            } catch (AssertionError | RuntimeException e) {
                InBrowser.screenshot("editor-effort-" + name + "-failure");
                throw e;
            }
        }
    }

    /**
     * The drafts as an analyst takes them: Haddad's title, drafted President of the General Staff, corrected to his
     * post before accepting; the other roles accepted at once; the talks accepted as drafted.
     */
    private static void acceptTheDrafts(Annotator hands) {
        String haddad = "//article[contains(@class, 'suggestion') and @data-kind='ROLE'][.//h3[contains(., 'Mohammed al-Haddad')]]";
        hands.click(By.xpath(haddad + "//button[contains(@class, 'edit')]"));
        hands.type(hands.browser.findElement(By.xpath(haddad + "//input[@name='title.en']")), "Chief of the General Staff");
        hands.click(By.xpath(haddad + "//button[normalize-space(.)='Accept as edited']"));
        hands.status("Accepted: Mohammed al-Haddad");
        hands.choose(By.cssSelector(".accept-all [name=kind]"), "ROLE");
        hands.click(By.xpath("//button[normalize-space(.)='Accept all']"));
        hands.status("Accepted 3 suggestions.");
        hands.click(By.cssSelector(".suggestion[data-kind=MEETING] button.accept"));
        hands.status("Accepted: ");
    }

    private static void rolesByHand(Annotator hands) {
        role(hands, "عضو المجلس الرئاسي عبد الله اللافي", "عبد الله اللافي", LAFI, "Member of the Presidential Council",
                "Presidential Council", "Organisation:presidential-council");
        role(hands, "وزير الخارجية المكلف بحكومة الوحدة الوطنية الطاهر الباعور", "الطاهر الباعور", BAOUR,
                "acting Minister of Foreign Affairs", "Government of National Unity", "Organisation:gnu-ministry-of-foreign-affairs");
        role(hands, "وزير الخارجية الروسي سيرغي لافروف", "سيرغي لافروف", LAVROV, "Minister of Foreign Affairs of Russia",
                "Ministry of Foreign Affairs of Russia", "Organisation:russian-ministry-of-foreign-affairs");
        role(hands, "رئيس الأركان العامة الفريق محمد الحداد", "محمد الحداد", HADDAD, "Chief of the General Staff",
                "General Staff", "Organisation:libyan-general-staff");
    }

    /** A role: its words made a quote, the person found by their name selected, the title typed, the body searched. */
    private static void role(Annotator hands, String words, String name, String actor, String title, String body, String organisation) {
        hands.quote(words);
        hands.choose("claimKind", "ROLE");
        hands.selectWords(name, 0);
        hands.pickSelected("actor", actor);
        hands.type("title.en", title);
        hands.pick("organisation", body, organisation);
        hands.click(By.xpath("//button[normalize-space(.)='Add the role']"));
        hands.status("Added: Role ");
    }

    private static void talksByHand(Annotator hands) {
        hands.quote("التقى عضو المجلس الرئاسي عبد الله اللافي، ووزير الخارجية المكلف بحكومة الوحدة الوطنية الطاهر الباعور، "
                + "اليوم الاثنين، وزير الخارجية الروسي سيرغي لافروف بالعاصمة الروسية موسكو");
        hands.quote("يرافقهما خلالها رئيس الأركان العامة الفريق محمد الحداد");
        hands.choose("claimKind", "MEETING");
        hands.type("title.en", "Libyan delegation meets Sergei Lavrov in Moscow");
        hands.type("date.iso", "2024-05-13");
        hands.pick("participants.0.actor", "Lavrov", LAVROV);
        hands.pick("participants.1.actor", "Lafi", LAFI);
        participant(hands, 2, "Baour", BAOUR, "VISITOR");
        participant(hands, 3, "Haddad", HADDAD, "ACCOMPANYING");
        hands.pick("place", "Moscow", MOSCOW);
        hands.click(By.xpath("//button[normalize-space(.)='Add the meeting']"));
        hands.status("Added: Meeting ");
    }

    private static void expectedMeetingByHand(Annotator hands) {
        hands.quote("ومن المرجح أن يلتقوا خلالها مسؤولين روساً آخرين");
        hands.choose("claimKind", "MEETING");
        hands.type("title.en", "Libyan delegation likely to meet other Russian officials");
        hands.type("date.iso", "2024-05");
        hands.pick("participants.0.actor", "Lafi", LAFI);
        hands.choose("participants.0.role", "VISITOR");
        hands.pick("participants.1.actor", "Baour", BAOUR);
        participant(hands, 2, "Haddad", HADDAD, "ACCOMPANYING");
        hands.pick("place", "Moscow", MOSCOW);
        hands.choose("status", "EXPECTED");
        hands.click(By.xpath("//button[normalize-space(.)='Add the meeting']"));
        hands.status("Added: Meeting ");
    }

    private static void participant(Annotator hands, int index, String typed, String actor, String part) {
        hands.click(By.cssSelector(".claim-maker button.another-participant"));
        hands.pick("participants." + index + ".actor", typed, actor);
        hands.choose("participants." + index + ".role", part);
    }

    /** The document's claims as the API gives them, in the words of CLAIMS. */
    private static Set<String> claimsOf(PackagedApp app, String slug) throws Exception {
        String query = """
                query Claims($id: ID!) { node(id: $id) { ... on Document {
                  roles(first: 20) { nodes { actor { id } organisation { id } } }
                  meetings(first: 20) { nodes { date { iso } status participants { actor { id } } } }
                } } }""";
        JsonNode body = JSON.readTree(app.postGraphQL(JSON.writeValueAsString(Map.of("query", query,
                "variables", Map.of("id", "Document:" + slug)))).body());
        Set<String> claims = new TreeSet<>();
        JsonNode document = body.path("data").path("node");
        document.path("roles").path("nodes").forEach(role -> claims.add("role " + role.path("actor").path("id").asText()
                + " " + role.path("organisation").path("id").asText()));
        document.path("meetings").path("nodes").forEach(meeting -> {
            Set<String> people = new TreeSet<>();
            meeting.path("participants").forEach(participant -> people.add(participant.path("actor").path("id").asText()));
            claims.add("meeting " + meeting.path("date").path("iso").asText() + " " + meeting.path("status").asText() + " " + people);
        });
        return claims;
    }

    private static void copy(Path from, Path to) throws Exception {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }
}
