package org.majlis.seed;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.EntityType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.hibernate.StatelessSession;
import org.jboss.logging.Logger;
import org.majlis.actor.Actor;
import org.majlis.actor.Role;
import org.majlis.change.Change;
import org.majlis.date.FuzzyDate;
import org.majlis.document.Document;
import org.majlis.evidence.ClaimSource;
import org.majlis.evidence.Claims;
import org.majlis.evidence.Evidence;
import org.majlis.graphql.GlobalId;
import org.majlis.graphql.NodeAlias;
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
import org.majlis.seed.SeedFiles.DateSeed;
import org.majlis.seed.SeedFiles.EvidenceSeed;
import org.majlis.seed.SeedFiles.LabelSeed;
import org.majlis.seed.SeedFiles.Localized;
import org.majlis.seed.SeedFiles.OrganisationSeed;
import org.majlis.seed.SeedFiles.SourceSeed;
import org.majlis.store.KeptAcrossImports;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Writes a validated seed set in one transaction: the old rows go and the new ones come, or nothing changes.
 * A set whose fingerprint matches the last import is not written again, so restarts against a persistent
 * database keep the same rows.
 */
@ApplicationScoped
public class SeedWriter {

    /**
     * Lower case, so that an environment variable can name it (QUARKUS_LOG_CATEGORY__MAJLIS_SEEDS_WRITE__LEVEL=DEBUG):
     * a line per rank written, inside the import's transaction. KillIT waits for one to kill the import there.
     */
    static final String WRITE_CATEGORY = "majlis.seeds.write";
    private static final Logger WRITE_LOG = Logger.getLogger(WRITE_CATEGORY);

    /**
     * The key of the PostgreSQL advisory lock that replicas starting at once take in turn: the first imports, the
     * others wait for it and then find the set already imported. ("Majlis" in ASCII, an arbitrary constant that
     * no other application on the database is likely to use.)
     */
    static final long IMPORT_LOCK = 0x4d616a6c6973L;

    private final EntityManager em;
    private final boolean postgresql;
    private final boolean h2;
    private volatile TableOrder order; // computing it twice at once is harmless

    public SeedWriter(EntityManager em, @ConfigProperty(name = "quarkus.datasource.db-kind") String databaseKind) {
        this.em = em;
        this.postgresql = databaseKind.startsWith("postgres");
        this.h2 = databaseKind.equals("h2");
    }

    /**
     * On H2 the foreign keys are not checked while the rows go in: the validator has already proved every reference
     * (an unknown slug is a seed error with its file, line and column), and the checks were an eighth of the
     * writer's time at 10,000 documents (docs/benchmarks.md). H2's switch is for the whole database and commits
     * the transaction it is given in, so it is thrown in a transaction of its own before the import's and back
     * after it, whatever its outcome: the import's transaction stays all or nothing. Turning the checks back on
     * does not check the rows already there, which is why this rests on the validator. PostgreSQL checks as usual.
     *
     * @return true when the set was written, false when the database already held it
     */
    public boolean write(SeedSet seeds) {
        referentialIntegrity(false);
        try {
            return QuarkusTransaction.requiringNew().call(() -> writeInOneTransaction(seeds));
        } finally {
            referentialIntegrity(true);
        }
    }

    /** The fingerprint of the seed set the database holds, imported whole; empty when it holds none. */
    public Optional<String> lastFingerprint() {
        return QuarkusTransaction.requiringNew().call(() -> Optional.ofNullable(SeedImport.<SeedImport> findById(SeedImport.ONLY))
                .map(last -> last.fingerprint));
    }

    /** How many changes analysts have made to the graph the database holds (org.majlis.change). */
    public long analystChanges() {
        return QuarkusTransaction.requiringNew().call(() -> Change.count());
    }

    /** H2's switch, not persistent: a restart has the checks on whatever happened here. Nothing on PostgreSQL. */
    private void referentialIntegrity(boolean on) {
        if (h2) {
            QuarkusTransaction.requiringNew().run(
                    () -> em.createNativeQuery("set referential_integrity " + on).executeUpdate());
        }
    }

    private boolean writeInOneTransaction(SeedSet seeds) {
        if (postgresql) {
            // Held until this transaction ends. H2 runs inside one process, where no other replica can write.
            em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(" + IMPORT_LOCK + ")) as locked")
                    .getSingleResult();
        }
        SeedImport last = SeedImport.findById(SeedImport.ONLY);
        if (last != null && last.fingerprint.equals(seeds.fingerprint())) {
            return false;
        }
        clear();
        new Rows(seeds).write();
        SeedImport done = last == null ? new SeedImport() : last; // the rows went through their own session
        done.id = SeedImport.ONLY;
        done.fingerprint = seeds.fingerprint();
        done.importedAt = Instant.now();
        done.persist();
        return true;
    }

    /** Every row of the graph goes, each before any row it refers to (see {@link TableOrder}). */
    private void clear() {
        for (TableOrder.SelfReference self : order().selfReferences()) {
            em.createNativeQuery("update " + self.table() + " set " + self.column() + " = null").executeUpdate();
        }
        for (String entity : order().deleteOrder()) {
            em.createQuery("delete from " + entity).executeUpdate();
        }
        em.flush();
    }

    /**
     * The tables an import neither deletes nor writes as part of a set: its own record of the set, and the record of
     * the analysts' work, its change log and the ids their merges retired (an import never runs over their changes:
     * SeedImporter).
     */
    static final List<Class<?>> NOT_REWRITTEN = List.of(SeedImport.class, Change.class, NodeAlias.class);

    /** Those, and every entity marked {@link KeptAcrossImports} (the drafts' suggestions). */
    static List<Class<?>> notRewritten(EntityManager em) {
        List<Class<?>> excluded = new ArrayList<>(NOT_REWRITTEN);
        em.getMetamodel().getEntities().stream().map(EntityType::getJavaType)
                .filter(KeptAcrossImports.class::isAssignableFrom).forEach(excluded::add);
        return excluded;
    }

    /** Read once: the tables and their foreign keys are the migrations', fixed while the service runs. */
    private TableOrder order() {
        if (order == null) {
            order = TableOrder.read(em, notRewritten(em));
        }
        return order;
    }

    /**
     * Turns seed records into rows; one instance per write. Claims without a slug get one from what they are
     * ({@link ClaimKeys}); labels, which no API or export names, are numbered in seed order. Rows
     * are written rank by rank of {@link TableOrder}, each rank referring only to lower ones, in JDBC batches by
     * table: entities carry plain foreign-key columns, so Hibernate cannot order the inserts itself.
     */
    private final class Rows {
        private final SeedSet seeds;
        private long lastLabelId;
        private final SortedMap<Integer, List<PanacheEntityBase>> ranks = new TreeMap<>();

        /** How many statements each meeting has so far: a further report's follow its own document's. */
        private final Map<String, Integer> statementsOf = new HashMap<>();

        /** Each meeting's participations so far, and how many, for the further reports that quote or add them. */
        private final Map<String, Participation> participations = new HashMap<>();
        private final Map<String, Integer> participantsOf = new HashMap<>();

        /** Labels marked background, which stay so only while no document uses them (see {@link LabelUse}). */
        private final List<Label> markedBackground = new ArrayList<>();

        Rows(SeedSet seeds) {
            this.seeds = seeds;
        }

        void later(PanacheEntityBase row) {
            ranks.computeIfAbsent(order().rank(row.getClass()), rank -> new ArrayList<>()).add(row);
        }

        void write() {
            for (SeedSet.Entities file : seeds.entities()) {
                list(file.file().actors()).forEach(a -> {
                    Actor actor = new Actor();
                    actor.slug = a.slug();
                    actor.background = Background.column(a.background());
                    later(actor);
                    labels(GlobalId.of(Actor.TYPE, a.slug()), a.names(), a.aliases());
                });
                list(file.file().places()).forEach(p -> {
                    Place place = new Place();
                    place.slug = p.slug();
                    place.kind = p.kind();
                    place.country = p.country();
                    place.latitude = p.latitude();
                    place.longitude = p.longitude();
                    place.background = Background.column(p.background());
                    later(place);
                    labels(GlobalId.of(Place.TYPE, p.slug()), p.names(), p.aliases());
                });
            }
            organisations();
            for (SeedSet.Doc doc : seeds.documents()) {
                new DocumentRows(this, doc).write();
            }
            Map<String, Integer> sourcesOf = new HashMap<>();
            for (SeedSet.Doc doc : seeds.documents()) {
                new DocumentRows(this, doc).sources(sourcesOf);
            }
            Set<String> usedBySources = LabelUse.used(markedBackground.stream().map(label -> label.text).toList(),
                    seeds.documents().stream().map(SeedSet.Doc::text).toList());
            markedBackground.forEach(label -> label.background = !usedBySources.contains(label.text));
            // A stateless session on the transaction's own connection: new rows need no persistence context, whose
            // bookkeeping was two fifths of the writer's time at 10,000 documents (docs/benchmarks.md).
            try (StatelessSession writer = em.unwrap(Session.class).statelessWithOptions().connection().open()) {
                int written = 0;
                for (List<PanacheEntityBase> rank : ranks.values()) {
                    // Rows of one rank never refer to each other, so grouping them by table is safe, and lets JDBC batch.
                    rank.sort(Comparator.comparing(row -> row.getClass().getName()));
                    writer.insertMultiple(rank);
                    WRITE_LOG.debugf("Rank %d of %d written (%d rows), not committed yet", ++written, ranks.size(), rank.size());
                }
            }
        }

        /**
         * Parents before children: the parent column refers to the organisation table itself, so within its rank
         * the rows are inserted in this order (the sort by table that follows is stable).
         */
        private void organisations() {
            Map<String, OrganisationSeed> bySlug = new HashMap<>();
            for (SeedSet.Entities file : seeds.entities()) {
                list(file.file().organisations()).forEach(o -> bySlug.put(o.slug(), o));
            }
            Set<String> written = new HashSet<>();
            for (OrganisationSeed o : bySlug.values()) {
                organisation(o, bySlug, written);
            }
        }

        private void organisation(OrganisationSeed o, Map<String, OrganisationSeed> bySlug, Set<String> written) {
            if (!written.add(o.slug())) {
                return;
            }
            if (o.parent() != null) {
                organisation(bySlug.get(o.parent()), bySlug, written);
            }
            Organisation organisation = new Organisation();
            organisation.slug = o.slug();
            organisation.kind = o.kind();
            organisation.country = o.country();
            organisation.parentSlug = o.parent();
            organisation.background = Background.column(o.background());
            later(organisation);
            labels(GlobalId.of(Organisation.TYPE, o.slug()), o.names(), o.aliases());
        }

        private void labels(String nodeId, List<LabelSeed> names, List<LabelSeed> aliases) {
            int ordinal = 0;
            for (LabelSeed name : list(names)) {
                label(nodeId, name, false, ordinal++);
            }
            for (LabelSeed alias : list(aliases)) {
                label(nodeId, alias, true, ordinal++);
            }
        }

        private void label(String nodeId, LabelSeed seed, boolean alias, int ordinal) {
            Label label = new Label();
            label.id = ++lastLabelId;
            label.nodeId = nodeId;
            label.alias = alias;
            label.lang = seed.lang();
            label.text = seed.text();
            label.background = Boolean.TRUE.equals(seed.background());
            if (label.background) {
                markedBackground.add(label);
            }
            label.ordinal = ordinal;
            later(label);
        }
    }

    /** One document's rows. */
    private final class DocumentRows {
        private final Rows rows;
        private final SeedSet.Doc doc;

        DocumentRows(Rows rows, SeedSet.Doc doc) {
            this.rows = rows;
            this.doc = doc;
        }

        void write() {
            SeedFiles.DocumentSeed meta = doc.file().document();
            Document document = new Document();
            document.slug = doc.slug();
            document.title = meta.title();
            document.publisher = meta.publisher();
            document.publisherSlug = meta.publisherOrganisation();
            document.publishedOn = LocalDate.parse(meta.publishedOn());
            document.language = meta.language();
            document.url = meta.url();
            document.text = doc.text();
            rows.later(document);
            int ordinal = 0;
            for (var r : list(doc.file().roles())) {
                Role role = new Role();
                role.slug = ClaimKeys.role(doc.slug(), r);
                role.actorSlug = r.actor();
                role.organisationSlug = r.organisation();
                role.titleEn = r.title().en();
                role.titleAr = r.title().ar();
                role.acting = Boolean.TRUE.equals(r.acting());
                role.current = r.current();
                role.status = r.status();
                role.start = date(r.start());
                role.end = date(r.end());
                role.documentSlug = doc.slug();
                role.ordinal = ordinal++;
                rows.later(role);
                evidence(role.claim(), r.evidence());
            }
            for (var m : list(doc.file().meetings())) {
                meeting(m);
            }
            for (var p : list(doc.file().militaryPresences())) {
                presence(p);
            }
            for (var r : list(doc.file().relationships())) {
                relationship(r);
            }
        }

        private void meeting(SeedFiles.MeetingSeed m) {
            Meeting meeting = new Meeting();
            meeting.slug = m.slug();
            meeting.titleEn = m.title().en();
            meeting.titleAr = m.title().ar();
            meeting.descriptionEn = en(m.description());
            meeting.descriptionAr = ar(m.description());
            meeting.kind = m.kind();
            meeting.status = m.status();
            meeting.date = date(m.date());
            meeting.placeSlug = m.place();
            meeting.documentSlug = doc.slug();
            rows.later(meeting);
            int ordinal = 0;
            for (String t : list(m.topics())) {
                MeetingTopic topic = new MeetingTopic();
                topic.meetingSlug = m.slug();
                topic.ordinal = ordinal++;
                topic.topic = t;
                rows.later(topic);
            }
            for (var p : list(m.participants())) {
                evidence(participation(m.slug(), p).claim(), p.evidence());
            }
            for (var s : list(m.statements())) {
                statement(m.slug(), s);
            }
            evidence(meeting.claim(), m.evidence());
        }

        /**
         * A participant of a meeting as this document names them: the participation it already has (a further report
         * quotes a participant of the first), or a new one, after the meeting's others.
         */
        private Participation participation(String meetingSlug, SeedFiles.ParticipationSeed p) {
            String slug = ClaimKeys.participation(meetingSlug, p);
            Participation known = rows.participations.get(slug);
            if (known != null) {
                return known;
            }
            Participation participation = new Participation();
            participation.slug = slug;
            participation.meetingSlug = meetingSlug;
            participation.actorSlug = p.actor();
            participation.onBehalfOfSlug = p.onBehalfOf();
            participation.role = p.role();
            participation.ordinal = rows.participantsOf.merge(meetingSlug, 1, Integer::sum) - 1;
            rows.participations.put(slug, participation);
            rows.later(participation);
            return participation;
        }

        /** What this document says was said at a meeting (its own, or one it reports), after the meeting's others. */
        private void statement(String meetingSlug, SeedFiles.StatementSeed s) {
            Statement statement = new Statement();
            statement.slug = ClaimKeys.statement(doc.slug(), s, doc.text());
            statement.meetingSlug = meetingSlug;
            statement.speakerSlug = s.speaker();
            statement.organisationSlug = s.organisation();
            statement.reportedBySlug = s.reportedBy();
            statement.summaryEn = s.summary().en();
            statement.summaryAr = s.summary().ar();
            statement.status = s.status();
            statement.documentSlug = doc.slug();
            statement.ordinal = rows.statementsOf.merge(meetingSlug, 1, Integer::sum) - 1;
            rows.later(statement);
            evidence(statement.claim(), s.evidence());
        }

        private void presence(SeedFiles.PresenceSeed p) {
            MilitaryPresence presence = new MilitaryPresence();
            presence.slug = p.slug();
            presence.forceSlug = p.force();
            presence.sponsorSlug = p.sponsor();
            presence.hostCountry = p.hostCountry();
            presence.placeSlug = p.place();
            presence.kind = p.kind();
            presence.status = p.status();
            presence.descriptionEn = en(p.description());
            presence.descriptionAr = ar(p.description());
            presence.start = date(p.start());
            presence.end = date(p.end());
            presence.documentSlug = doc.slug();
            rows.later(presence);
            int ordinal = 0;
            for (var s : list(p.supports())) {
                PresenceSupport support = new PresenceSupport();
                support.presenceSlug = p.slug();
                support.ordinal = ordinal++;
                support.party = PartyRef.of(s.actor(), s.organisation());
                rows.later(support);
            }
            evidence(presence.claim(), p.evidence());
        }

        private void relationship(SeedFiles.RelationshipSeed r) {
            Relationship relationship = new Relationship();
            relationship.slug = r.slug();
            relationship.kind = r.kind();
            relationship.status = r.status();
            relationship.subjectRef = PartyRef.of(r.subject().actor(), r.subject().organisation());
            relationship.objectRef = r.object() == null ? null : PartyRef.of(r.object().actor(), r.object().organisation());
            relationship.viaSlug = r.via();
            relationship.placeSlug = r.place();
            relationship.descriptionEn = r.description().en();
            relationship.descriptionAr = r.description().ar();
            relationship.start = date(r.start());
            relationship.end = date(r.end());
            relationship.documentSlug = doc.slug();
            rows.later(relationship);
            evidence(relationship.claim(), r.evidence());
        }

        /**
         * The document's reports of other documents' claims, each the claim's next source in the order of the seed
         * set ({@code sourcesOf} counts each claim's so far).
         */
        void sources(Map<String, Integer> sourcesOf) {
            for (SourceSeed s : list(doc.file().sources())) {
                ClaimSource source = new ClaimSource();
                source.claim = s.claim();
                source.documentSlug = doc.slug();
                source.ordinal = sourcesOf.merge(s.claim(), 1, Integer::sum);
                source.status = s.status();
                source.date = date(s.date());
                source.placeSlug = s.place();
                rows.later(source);
                evidence(s.claim(), source.ordinal, s.evidence());
                String meeting = s.claim().substring(s.claim().indexOf(':') + 1);
                for (var participant : list(s.participants())) {
                    evidence(participation(meeting, participant).claim(), source.ordinal, participant.evidence());
                }
                for (var statement : list(s.statements())) {
                    statement(meeting, statement);
                }
            }
        }

        private void evidence(String claim, List<EvidenceSeed> quotes) {
            evidence(claim, 0, quotes);
        }

        private void evidence(String claim, int sourceOrdinal, List<EvidenceSeed> quotes) {
            int ordinal = 0;
            for (EvidenceSeed quote : quotes) {
                int start = ClaimKeys.start(doc.text(), quote);
                int end = start + quote.quote().length();
                Evidence evidence = new Evidence();
                evidence.key = Claims.quote(claim, doc.slug(), start, end);
                evidence.claim = claim;
                evidence.documentSlug = doc.slug();
                evidence.quote = quote.quote();
                evidence.startOffset = start;
                evidence.endOffset = end;
                evidence.ordinal = ordinal++;
                evidence.sourceOrdinal = sourceOrdinal;
                rows.later(evidence);
            }
        }
    }

    private static FuzzyDate date(DateSeed seed) {
        return seed == null ? null : FuzzyDate.parse(seed.iso(), seed.text());
    }

    private static String en(Localized text) {
        return text == null ? null : text.en();
    }

    private static String ar(Localized text) {
        return text == null ? null : text.ar();
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? new ArrayList<>() : list;
    }
}
