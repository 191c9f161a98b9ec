import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a deterministic synthetic seed folder of N Arabic documents in the layout of seeds/, for benchmarks:
 * actors with the spelling variation real sources have (Arabic forms, several Latin transliterations), and
 * meetings, roles, statements and military presences whose evidence quotes really occur in the generated texts.
 * Run it with the JDK's source launcher, no build needed:
 *
 *   java bench/CorpusGenerator.java 1000 /tmp/majlis-corpus-1000
 *
 * The same N always gives the same files. Slugs start with "syn-" so the corpus imports beside the bundled seeds
 * (MAJLIS_SEEDS_EXTERNAL=/tmp/majlis-corpus-1000).
 */
public final class CorpusGenerator {

    /** Given names: Arabic, then the Latin spellings English-language media use for it. */
    private static final String[][] GIVEN = {
            { "محمد", "Mohammed", "Muhammad", "Mohamed" }, { "عبد الله", "Abdullah", "Abdallah", "Abdulla" },
            { "أحمد", "Ahmed", "Ahmad" }, { "علي", "Ali" }, { "خالد", "Khaled", "Khalid" }, { "عمر", "Omar", "Umar" },
            { "يوسف", "Youssef", "Yusuf", "Yousef" }, { "إبراهيم", "Ibrahim", "Ebrahim" }, { "مصطفى", "Mustafa", "Moustafa" },
            { "عبد الرحمن", "Abdul Rahman", "Abderrahmane" }, { "فتحي", "Fathi", "Fethi" }, { "الطاهر", "Taher", "Tahar" },
            { "حسين", "Hussein", "Husain" }, { "سالم", "Salem", "Salim" }, { "نوري", "Nouri", "Nuri" }, { "عماد", "Imad", "Emad" } };
    private static final String[][] FAMILY = {
            { "الحداد", "al-Haddad", "Elhaddad" }, { "المنفي", "al-Menfi", "Menfi" }, { "الدبيبة", "Dbeibah", "Dbeiba" },
            { "السراج", "al-Sarraj", "Serraj" }, { "باشاغا", "Bashagha", "Bashaga" }, { "المشري", "al-Mishri", "Mechri" },
            { "صالح", "Saleh", "Salih" }, { "الكبير", "al-Kabir", "Elkebir" }, { "التكالي", "Takala", "Tekali" },
            { "القطراني", "al-Qatrani", "Gatrani" }, { "العبيدي", "al-Obeidi", "Abidi" }, { "الزوي", "al-Zway", "Zoui" },
            { "الورفلي", "al-Werfalli", "Warfalli" }, { "الترهوني", "al-Tarhouni", "Tarhuni" }, { "بوزيد", "Bouzid", "Buzaid" },
            { "الشريف", "al-Sharif", "Cherif" } };
    private static final String[][] STATES = { { "ليبيا", "Libya", "LY" }, { "روسيا", "Russia", "RU" },
            { "تركيا", "Turkey", "TR" }, { "مصر", "Egypt", "EG" }, { "الجزائر", "Algeria", "DZ" }, { "تونس", "Tunisia", "TN" },
            { "إيطاليا", "Italy", "IT" }, { "فرنسا", "France", "FR" } };
    private static final String[][] CITIES = { { "طرابلس", "Tripoli" }, { "بنغازي", "Benghazi" }, { "مصراتة", "Misrata" },
            { "سرت", "Sirte" }, { "موسكو", "Moscow" }, { "أنقرة", "Ankara" }, { "القاهرة", "Cairo" }, { "الجزائر العاصمة", "Algiers" },
            { "تونس العاصمة", "Tunis" }, { "روما", "Rome" }, { "باريس", "Paris" }, { "سبها", "Sabha" } };
    private static final String[][] TOPICS = { { "الأمن", "security" }, { "الاقتصاد", "economy" }, { "الطاقة", "energy" },
            { "الانتخابات", "elections" }, { "الهجرة", "migration" }, { "إعادة الإعمار", "reconstruction" } };

    private final Random random;
    private final int documents;
    private final Path root;

    private CorpusGenerator(int documents, Path root) {
        this.random = new Random(20240513L + documents);
        this.documents = documents;
        this.root = root;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java bench/CorpusGenerator.java N OUTPUT_FOLDER");
            System.exit(2);
        }
        new CorpusGenerator(Integer.parseInt(args[0]), Path.of(args[1])).write();
    }

    private record Actor(String slug, String ar, String en, List<String> aliases) {
    }

    private void write() throws IOException {
        Files.createDirectories(root.resolve("entities"));
        Files.createDirectories(root.resolve("documents"));
        int actorCount = Math.max(12, documents / 2 + 10);
        List<Actor> actors = new ArrayList<>();
        StringBuilder actorsYaml = new StringBuilder("actors:\n");
        for (int i = 0; i < actorCount; i++) {
            String[] given = GIVEN[random.nextInt(GIVEN.length)];
            String[] family = FAMILY[random.nextInt(FAMILY.length)];
            String slug = String.format("syn-%05d-%s", i, slugOf(family[1]));
            List<String> aliases = new ArrayList<>();
            for (int g = 1; g < given.length; g++) {
                for (int f = 1; f < family.length; f++) {
                    if (g + f > 2) {
                        aliases.add(given[g] + " " + family[f]);
                    }
                }
            }
            Actor actor = new Actor(slug, given[0] + " " + family[0], given[1] + " " + family[1], aliases);
            actors.add(actor);
            actorsYaml.append("  - slug: ").append(slug).append("\n    names:\n")
                    .append("      - { lang: en, text: ").append(q(actor.en)).append(" }\n")
                    .append("      - { lang: ar, text: ").append(q(actor.ar)).append(" }\n    aliases:\n");
            for (String alias : aliases) {
                actorsYaml.append("      - { lang: en, text: ").append(q(alias)).append(" }\n");
            }
            actorsYaml.append("      - { lang: ar, text: ").append(q(family[0])).append(" }\n");
        }
        StringBuilder entities = new StringBuilder("organisations:\n");
        for (String[] state : STATES) {
            entities.append("  - slug: syn-").append(slugOf(state[1])).append("\n    kind: STATE\n    country: ").append(state[2])
                    .append("\n    names:\n      - { lang: en, text: ").append(state[1]).append(" }\n      - { lang: ar, text: ")
                    .append(q(state[0])).append(" }\n    background: [country]\n");
            entities.append("  - slug: syn-").append(slugOf(state[1])).append("-mfa\n    kind: MINISTRY\n    country: ")
                    .append(state[2]).append("\n    parent: syn-").append(slugOf(state[1]))
                    .append("\n    names:\n      - { lang: en, text: ").append(q("Ministry of Foreign Affairs of " + state[1]))
                    .append(" }\n      - { lang: ar, text: ").append(q("وزارة خارجية " + state[0])).append(" }\n");
        }
        entities.append("places:\n");
        for (String[] city : CITIES) {
            entities.append("  - slug: syn-").append(slugOf(city[1])).append("\n    kind: CITY\n    names:\n      - { lang: en, text: ")
                    .append(city[1]).append(" }\n      - { lang: ar, text: ").append(q(city[0])).append(" }\n");
        }
        Files.writeString(root.resolve("entities/actors.yaml"), actorsYaml, StandardCharsets.UTF_8);
        Files.writeString(root.resolve("entities/organisations-and-places.yaml"), entities, StandardCharsets.UTF_8);
        for (int d = 0; d < documents; d++) {
            document(d, actors);
        }
    }

    /** One article: a meeting of two or three actors in a city, a statement, and now and then a deployment. */
    private void document(int index, List<Actor> actors) throws IOException {
        String slug = String.format("syn-%06d", index);
        LocalDate published = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(3600));
        Actor host = actors.get(random.nextInt(actors.size()));
        Actor visitor = actors.get(random.nextInt(actors.size()));
        while (visitor == host) {
            visitor = actors.get(random.nextInt(actors.size()));
        }
        Actor aide = actors.get(random.nextInt(actors.size()));
        boolean withAide = aide != host && aide != visitor && random.nextBoolean();
        String[] hostState = STATES[random.nextInt(STATES.length)];
        String[] visitorState = STATES[random.nextInt(STATES.length)];
        String[] city = CITIES[random.nextInt(CITIES.length)];
        String[] topic = TOPICS[random.nextInt(TOPICS.length)];
        int daysBefore = random.nextInt(3);
        String when = daysBefore == 0 ? "اليوم" : daysBefore == 1 ? "أمس" : "أول أمس";

        String meet = "التقى وزير خارجية " + visitorState[0] + " " + visitor.ar + " " + when + " نظيره " + host.ar + " في " + city[0];
        String aideSentence = withAide ? "، ورافقه في الزيارة " + aide.ar : "";
        String talk = "وبحث الجانبان ملف " + topic[0] + " والتعاون بين البلدين";
        String said = "وقال " + host.ar + " إن بلاده مستعدة لدعم " + topic[0] + " في المرحلة المقبلة";
        boolean deployment = random.nextInt(4) == 0;
        String deploy = "وأفادت تقارير بأن " + hostState[0] + " أرسلت قوات إلى " + visitorState[0] + " في العام الماضي";
        String text = "وكالات-\n" + meet + aideSentence + ". " + talk + ".\n" + said + "." + (deployment ? "\n" + deploy + "." : "");

        LocalDate day = published.minusDays(daysBefore);
        StringBuilder yaml = new StringBuilder("document:\n  title: ").append(q(visitor.en + " meets " + host.en + " in " + city[1]))
                .append("\n  publisher: Synthetic Wire\n  publishedOn: \"").append(published).append("\"\n  language: ar\n");
        yaml.append("roles:\n  - actor: ").append(host.slug).append("\n    organisation: syn-").append(slugOf(hostState[1]))
                .append("-mfa\n    title: { en: Minister of Foreign Affairs, ar: ").append(q("وزير خارجية " + hostState[0]))
                .append(" }\n    current: true\n    status: REPORTED\n    evidence: [ ").append(q("نظيره " + host.ar)).append(" ]\n");
        yaml.append("meetings:\n  - slug: ").append(slug).append("-meeting\n    title: { en: ")
                .append(q(visitor.en + " meets " + host.en)).append(" }\n    kind: TALKS\n    status: REPORTED\n    date: { iso: \"")
                .append(day).append("\", text: ").append(q(when)).append(" }\n    place: syn-").append(slugOf(city[1]))
                .append("\n    topics: [ ").append(topic[1]).append(" ]\n    participants:\n");
        participant(yaml, visitor, "VISITOR", "syn-" + slugOf(visitorState[1]), "وزير خارجية " + visitorState[0] + " " + visitor.ar);
        participant(yaml, host, "HOST", "syn-" + slugOf(hostState[1]), "نظيره " + host.ar);
        if (withAide) {
            participant(yaml, aide, "ACCOMPANYING", null, "ورافقه في الزيارة " + aide.ar);
        }
        yaml.append("    statements:\n      - speaker: ").append(host.slug).append("\n        summary: { en: ")
                .append(q(host.en + " said his country is ready to support " + topic[1] + "."))
                .append(" }\n        status: REPORTED\n        evidence: [ ").append(q(said)).append(" ]\n");
        yaml.append("    evidence: [ ").append(q(meet)).append(", ").append(q(talk)).append(" ]\n");
        if (deployment) {
            int year = published.getYear() - 1;
            yaml.append("militaryPresences:\n  - slug: ").append(slug).append("-presence\n    force: syn-").append(slugOf(hostState[1]))
                    .append("\n    sponsor: syn-").append(slugOf(hostState[1])).append("\n    hostCountry: ").append(visitorState[2])
                    .append("\n    kind: TROOPS\n    status: ALLEGED\n    start: { iso: \"").append(year)
                    .append("\", text: \"في العام الماضي\" }\n    evidence: [ ").append(q(deploy)).append(" ]\n");
        }
        Files.writeString(root.resolve("documents/" + slug + ".txt"), text, StandardCharsets.UTF_8);
        Files.writeString(root.resolve("documents/" + slug + ".yaml"), yaml, StandardCharsets.UTF_8);
    }

    private static void participant(StringBuilder yaml, Actor actor, String role, String onBehalfOf, String quote) {
        yaml.append("      - actor: ").append(actor.slug).append("\n        role: ").append(role).append('\n');
        if (onBehalfOf != null) {
            yaml.append("        onBehalfOf: ").append(onBehalfOf).append('\n');
        }
        yaml.append("        evidence: [ ").append(q(quote)).append(" ]\n");
    }

    private static String slugOf(String latin) {
        return latin.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** A YAML double-quoted scalar. */
    private static String q(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
