package org.majlis.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import org.majlis.actor.Actor;
import org.majlis.actor.Role;
import org.majlis.date.FuzzyDate;
import org.majlis.document.Document;
import org.majlis.evidence.ClaimSource;
import org.majlis.evidence.Evidence;
import org.majlis.evidence.Quotes;
import org.majlis.graphql.GlobalId;
import org.majlis.label.Background;
import org.majlis.label.Label;
import org.majlis.meeting.Meeting;
import org.majlis.meeting.MeetingTopic;
import org.majlis.meeting.Participation;
import org.majlis.meeting.Statement;
import org.majlis.organisation.Organisation;
import org.majlis.party.PartyRef;
import org.majlis.place.Place;
import org.majlis.presence.MilitaryPresence;
import org.majlis.presence.PresenceSupport;
import org.majlis.relationship.Relationship;
import org.majlis.seed.SeedFiles.ActorSeed;
import org.majlis.seed.SeedFiles.DateSeed;
import org.majlis.seed.SeedFiles.DocumentFile;
import org.majlis.seed.SeedFiles.DocumentSeed;
import org.majlis.seed.SeedFiles.EntitiesFile;
import org.majlis.seed.SeedFiles.EvidenceSeed;
import org.majlis.seed.SeedFiles.LabelSeed;
import org.majlis.seed.SeedFiles.Localized;
import org.majlis.seed.SeedFiles.MeetingSeed;
import org.majlis.seed.SeedFiles.OrganisationSeed;
import org.majlis.seed.SeedFiles.ParticipationSeed;
import org.majlis.seed.SeedFiles.PartySeed;
import org.majlis.seed.SeedFiles.PlaceSeed;
import org.majlis.seed.SeedFiles.PresenceSeed;
import org.majlis.seed.SeedFiles.RelationshipSeed;
import org.majlis.seed.SeedFiles.RoleSeed;
import org.majlis.seed.SeedFiles.SourceSeed;
import org.majlis.seed.SeedFiles.StatementSeed;
import org.majlis.store.Store;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;

/**
 * Writes what the database holds back as a seed folder, the inverse of {@link SeedWriter}: {@code entities/} with the
 * actors, organisations and places, {@code documents/<slug>.yaml} beside each verbatim {@code <slug>.txt}, and the
 * JSON Schemas the files name. The folder passes {@code check} and imports to the same rows (labels aside, which
 * are numbered in seed order and named by nothing); exporting that import again gives the same bytes, because
 * every list is written in a fixed order: entities, documents, meetings, presences and relationships by slug, and
 * whatever the seeds order (names, roles, participants, statements, topics, supports, quotes) as they did. A claim's
 * key is written only where the rules of {@link ClaimKeys} would not make the same id from what the claim is, and a
 * quote's occurrence only where its text occurs more than once, as an analyst writes them.
 */
@ApplicationScoped
public class SeedExport {

    /** Documents read at a time: a page of 100 long articles and their claims is a few megabytes. */
    static final int DOCUMENTS_PER_PAGE = 100;

    /**
     * The export's one transaction may last an hour (Quarkus's default is a minute): 10,000 documents took 6 s
     * (docs/benchmarks.md, "Issue 23"), and a corpus a hundred times larger should not be cut off.
     */
    static final int TIMEOUT_SECONDS = 3600;

    private final Store store;

    public SeedExport(Store store) {
        this.store = store;
    }

    private static final List<String> SCHEMAS = List.of("document.schema.json", "entities.schema.json");

    /** What an export wrote. */
    public record Summary(int actors, int organisations, int places, int documents) {
    }

    /**
     * @param folder a folder that does not exist yet or is empty, so that no file of another seed set is mixed in
     * @throws ExportRefused when the folder holds anything or the database holds no seeds
     */
    public Summary exportTo(Path folder) {
        prepare(folder);
        Path entities = folder.resolve("entities");
        Path documents = folder.resolve("documents");
        Path schema = folder.resolve("schema");
        try {
            Files.createDirectories(entities);
            Files.createDirectories(documents);
            Files.createDirectories(schema);
            for (String name : SCHEMAS) {
                try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("seeds/schema/" + name)) {
                    Files.copy(in, schema.resolve(name));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return QuarkusTransaction.requiringNew().timeout(TIMEOUT_SECONDS).call(() -> {
            oneSnapshot();
            EntitiesFile all = entities();
            SeedYaml.write(entities.resolve("actors.yaml"), "entities.schema.json", new EntitiesFile(all.actors(), null, null));
            SeedYaml.write(entities.resolve("organisations.yaml"), "entities.schema.json",
                    new EntitiesFile(null, all.organisations(), null));
            SeedYaml.write(entities.resolve("places.yaml"), "entities.schema.json", new EntitiesFile(null, null, all.places()));
            int written = 0;
            String after = "";
            while (true) {
                List<DocumentExport> page = documents(after);
                // What is written is no longer needed: the transaction holds one page at a time, whatever the corpus.
                Panache.getEntityManager().clear();
                for (DocumentExport document : page) {
                    try {
                        Files.writeString(documents.resolve(document.slug() + ".txt"), document.text(), StandardCharsets.UTF_8);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    SeedYaml.write(documents.resolve(document.slug() + ".yaml"), "document.schema.json", document.file());
                }
                written += page.size();
                if (page.size() < DOCUMENTS_PER_PAGE) {
                    return new Summary(all.actors().size(), all.organisations().size(), all.places().size(), written);
                }
                after = page.get(page.size() - 1).slug();
            }
        });
    }

    /**
     * Every page is read from one snapshot of the database, so that an export taken while another process commits
     * (a replica importing a new seed set on PostgreSQL) holds the set as it was when the export began, never half of
     * each. PostgreSQL's own isolation level, set by the transaction's first statement; an H2 file is open to this
     * process alone while it exports, and H2 in memory is never exported.
     */
    private void oneSnapshot() {
        if (store.kind() == Store.Kind.POSTGRESQL) {
            Panache.getEntityManager().createNativeQuery("set transaction isolation level repeatable read, read only")
                    .executeUpdate();
        }
    }

    private static void prepare(Path folder) {
        if (Files.exists(folder)) {
            if (!Files.isDirectory(folder)) {
                throw new ExportRefused(folder + " is a file: give a new or empty folder");
            }
            try (Stream<Path> files = Files.list(folder)) {
                if (files.findAny().isPresent()) {
                    throw new ExportRefused(folder + " is not empty: give a new or empty folder, so that no file of "
                            + "another seed set is mixed in with the export");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (QuarkusTransaction.requiringNew().call(() -> Document.count() + Actor.count() + Organisation.count()) == 0) {
            throw new ExportRefused("the database holds no seeds to export: is QUARKUS_DATASOURCE_JDBC_URL the database "
                    + "the service writes to?");
        }
    }

    private static EntitiesFile entities() {
        Map<String, List<Label>> labels = Label.<Label> findAll(Sort.by("nodeId").and("ordinal")).stream()
                .collect(Collectors.groupingBy(label -> label.nodeId, LinkedHashMap::new, Collectors.toList()));
        List<ActorSeed> actors = Actor.<Actor> listAll(Sort.by("slug")).stream()
                .map(a -> new ActorSeed(a.slug, names(labels, a.getId(), false), names(labels, a.getId(), true),
                        background(a.background)))
                .toList();
        List<OrganisationSeed> organisations = Organisation.<Organisation> listAll(Sort.by("slug")).stream()
                .map(o -> new OrganisationSeed(o.slug, o.kind, names(labels, o.getId(), false), names(labels, o.getId(), true),
                        o.country, o.parentSlug, background(o.background)))
                .toList();
        List<PlaceSeed> places = Place.<Place> listAll(Sort.by("slug")).stream()
                .map(p -> new PlaceSeed(p.slug, p.kind, names(labels, p.getId(), false), names(labels, p.getId(), true),
                        p.country, p.latitude, p.longitude, background(p.background)))
                .toList();
        return new EntitiesFile(actors, organisations, places);
    }

    private static List<LabelSeed> names(Map<String, List<Label>> labels, String nodeId, boolean aliases) {
        return orNull(labels.getOrDefault(nodeId, List.of()).stream().filter(label -> label.alias == aliases)
                .map(label -> new LabelSeed(label.lang, label.text, label.background ? Boolean.TRUE : null))
                .toList());
    }

    private static List<String> background(String column) {
        return orNull(Background.fields(column));
    }

    /** A document's text and seed file. */
    private record DocumentExport(String slug, String text, DocumentFile file) {
    }

    /** The page of documents after a slug, each with every claim it makes, in one batched query per table. */
    private static List<DocumentExport> documents(String after) {
        List<Document> documents = Document.<Document> find("slug > ?1", Sort.by("slug"), after)
                .range(0, DOCUMENTS_PER_PAGE - 1).list();
        if (documents.isEmpty()) {
            return List.of();
        }
        List<String> slugs = documents.stream().map(d -> d.slug).toList();
        List<Meeting> meetings = Meeting.forDocuments(slugs);
        List<String> meetingSlugs = meetings.stream().map(m -> m.slug).toList();
        List<ClaimSource> sources = ClaimSource.inDocuments(slugs);
        // the participants of the page's meetings and of those its documents report again
        List<String> quoted = Stream.concat(meetingSlugs.stream(), sources.stream().map(s -> s.claim)
                .filter(c -> c.startsWith(Meeting.TYPE + ":")).map(c -> c.substring(Meeting.TYPE.length() + 1)))
                .distinct().toList();
        List<MilitaryPresence> presences = MilitaryPresence.forDocuments(slugs);
        Claims claims = new Claims(
                by(Role.forDocuments(slugs), r -> r.documentSlug),
                by(meetings, m -> m.documentSlug),
                by(quoted.isEmpty() ? List.<Participation> of() : Participation.forMeetings(quoted), p -> p.meetingSlug),
                by(Statement.<Statement> list("documentSlug in ?1 order by meetingSlug, ordinal", slugs),
                        s -> statementsKey(s.documentSlug, s.meetingSlug)),
                by(meetingSlugs.isEmpty() ? List.<MeetingTopic> of() : MeetingTopic.forMeetings(meetingSlugs), t -> t.meetingSlug),
                by(presences, p -> p.documentSlug),
                by(presences.isEmpty() ? List.<PresenceSupport> of()
                        : PresenceSupport.forPresences(presences.stream().map(p -> p.slug).toList()), s -> s.presenceSlug),
                by(Relationship.forDocuments(slugs), r -> r.documentSlug),
                by(Evidence.inDocuments(slugs), e -> quotesKey(e.claim, e.documentSlug)),
                by(sources, s -> s.documentSlug));
        return documents.stream().map(d -> new DocumentExport(d.slug, d.text, claims.of(d))).toList();
    }

    /** The claims of a page of documents, each list in its seed order, by what they belong to. */
    private record Claims(Map<String, List<Role>> roles, Map<String, List<Meeting>> meetings,
            Map<String, List<Participation>> participants, Map<String, List<Statement>> statements,
            Map<String, List<MeetingTopic>> topics, Map<String, List<MilitaryPresence>> presences,
            Map<String, List<PresenceSupport>> supports, Map<String, List<Relationship>> relationships,
            Map<String, List<Evidence>> evidence, Map<String, List<ClaimSource>> sources) {

        DocumentFile of(Document d) {
            DocumentSeed meta = new DocumentSeed(d.title, d.publisher, d.publisherSlug, d.publishedOn.toString(), d.language, d.url);
            return new DocumentFile(meta,
                    orNull(list(roles, d.slug).stream().map(r -> role(d, r)).toList()),
                    orNull(list(meetings, d.slug).stream().map(m -> meeting(d, m)).toList()),
                    orNull(list(presences, d.slug).stream().map(p -> presence(d, p)).toList()),
                    orNull(list(relationships, d.slug).stream().map(r -> relationship(d, r)).toList()),
                    orNull(list(sources, d.slug).stream().map(s -> source(d, s)).toList()));
        }

        private RoleSeed role(Document d, Role r) {
            String derived = r.organisationSlug == null ? GlobalId.key(d.slug, r.actorSlug)
                    : GlobalId.key(d.slug, r.actorSlug, r.organisationSlug);
            return new RoleSeed(key(d, r.slug, derived), r.actorSlug, r.organisationSlug, localized(r.titleEn, r.titleAr),
                    r.acting ? Boolean.TRUE : null, r.current, r.status, date(r.start), date(r.end), quotes(d, r.claim()));
        }

        private MeetingSeed meeting(Document d, Meeting m) {
            return new MeetingSeed(m.slug, localized(m.titleEn, m.titleAr), localized(m.descriptionEn, m.descriptionAr),
                    m.kind, m.status, date(m.date), m.placeSlug,
                    orNull(list(topics, m.slug).stream().map(t -> t.topic).toList()),
                participants(d, m.slug),
                    orNull(list(statements, statementsKey(d.slug, m.slug)).stream().map(s -> statement(d, s)).toList()),
                    quotes(d, m.claim()));
        }

        private StatementSeed statement(Document d, Statement s) {
            List<EvidenceSeed> quotes = quotes(d, s.claim());
            int earliest = list(evidence, quotesKey(s.claim(), d.slug)).stream().mapToInt(e -> e.startOffset).min().orElse(-1);
            return new StatementSeed(key(d, s.slug, GlobalId.key(d.slug, String.valueOf(earliest))), s.speakerSlug,
                    s.organisationSlug, s.reportedBySlug, localized(s.summaryEn, s.summaryAr), s.status, quotes);
        }

        private PresenceSeed presence(Document d, MilitaryPresence p) {
            return new PresenceSeed(p.slug, p.forceSlug, p.sponsorSlug,
                    orNull(list(supports, p.slug).stream().map(s -> party(s.party)).toList()),
                    p.hostCountry, p.placeSlug, p.kind, p.status, localized(p.descriptionEn, p.descriptionAr),
                    date(p.start), date(p.end), quotes(d, p.claim()));
        }

        private RelationshipSeed relationship(Document d, Relationship r) {
            return new RelationshipSeed(r.slug, r.kind, r.status, party(r.subjectRef), party(r.objectRef), r.viaSlug,
                    r.placeSlug, localized(r.descriptionEn, r.descriptionAr), date(r.start), date(r.end),
                    quotes(d, r.claim()));
        }

        private SourceSeed source(Document d, ClaimSource s) {
            String meeting = s.claim.startsWith(Meeting.TYPE + ":") ? s.claim.substring(Meeting.TYPE.length() + 1) : null;
            return new SourceSeed(s.claim, date(s.date), s.placeSlug, s.status, quotes(d, s.claim),
                    meeting == null ? null : orNull(participants(d, meeting)), meeting == null ? null
                    : orNull(list(statements, statementsKey(d.slug, meeting)).stream().map(st -> statement(d, st)).toList()));
        }

        /** The meeting's participants this document quotes, with its quotes of them. */
        private List<ParticipationSeed> participants(Document d, String meeting) {
            return list(participants, meeting).stream().filter(p -> !list(evidence, quotesKey(p.claim(), d.slug)).isEmpty())
                    .map(p -> new ParticipationSeed(p.actorSlug, p.onBehalfOfSlug, p.role, quotes(d, p.claim()))).toList();
        }

        /**
         * A claim's quotes in this document, each as its text and, when the text occurs more than once, which occurrence starts at
         * its offset (counted as {@link Quotes} finds them).
         */
        private List<EvidenceSeed> quotes(Document d, String claim) {
            List<EvidenceSeed> quotes = new ArrayList<>();
            for (Evidence e : list(evidence, quotesKey(claim, d.slug))) {
                if (!d.text.startsWith(e.quote, e.startOffset) || e.endOffset != e.startOffset + e.quote.length()) {
                    throw new IllegalStateException(e.key + " is not what " + d.slug + " says at " + e.startOffset);
                }
                int occurrence = 1;
                while (Quotes.start(d.text, e.quote, occurrence) != e.startOffset) {
                    occurrence++;
                }
                quotes.add(new EvidenceSeed(e.quote, Quotes.count(d.text, e.quote) > 1 ? occurrence : null));
            }
            return quotes;
        }
    }

    /** How a page's statements are grouped: by the document that says them and the meeting they were said at. */
    private static String statementsKey(String documentSlug, String meetingSlug) {
        return documentSlug + "@" + meetingSlug;
    }

    /** How a page's quotes are grouped: by claim and document, since a claim may be quoted by several on a page. */
    private static String quotesKey(String claim, String documentSlug) {
        return claim + "@" + documentSlug;
    }

    /** The claim's key when the rules would not make its id from what it is; null when they would. */
    private static String key(Document d, String id, String derived) {
        return id.equals(derived) ? null : id.substring(d.slug.length() + 1);
    }

    private static Localized localized(String en, String ar) {
        return en == null && ar == null ? null : new Localized(en, ar);
    }

    private static DateSeed date(FuzzyDate date) {
        return date == null || date.iso == null ? null : new DateSeed(date.iso, date.text);
    }

    private static PartySeed party(PartyRef party) {
        return party == null || party.slug() == null ? null : new PartySeed(party.actorSlug, party.organisationSlug);
    }

    private static <T> Map<String, List<T>> by(Collection<T> rows, Function<T, String> owner) {
        return rows.stream().collect(Collectors.groupingBy(owner, LinkedHashMap::new, Collectors.toList()));
    }

    private static <T> List<T> list(Map<String, List<T>> byOwner, String owner) {
        return byOwner.getOrDefault(owner, List.of());
    }

    private static <T> List<T> orNull(List<T> list) {
        return list.isEmpty() ? null : list;
    }

    /** An export that cannot be made as asked; its message says what to change. */
    public static final class ExportRefused extends RuntimeException {
        ExportRefused(String message) {
            super(message);
        }
    }
}
