package org.majlis.export;

import static org.majlis.export.CsvColumn.*;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.majlis.actor.Actor;
import org.majlis.actor.Role;
import org.majlis.date.FuzzyDate;
import org.majlis.document.Document;
import org.majlis.evidence.Disagreement;
import org.majlis.evidence.Evidence;
import org.majlis.evidence.SourceView;
import org.majlis.evidence.Sources;
import org.majlis.graphql.Batch;
import org.majlis.graphql.GlobalId;
import org.majlis.http.Refusal;
import org.majlis.label.LabelService;
import org.majlis.meeting.Meeting;
import org.majlis.meeting.ParticipantRole;
import org.majlis.meeting.Participation;
import org.majlis.meeting.Statement;
import org.majlis.organisation.Organisation;
import org.majlis.party.PartyRef;
import org.majlis.place.Place;
import org.majlis.presence.MilitaryPresence;
import org.majlis.presence.PresenceSupport;
import org.majlis.relationship.Relationship;

/**
 * Every claim as one CSV row (RFC 4180: CRLF line ends, fields quoted where they hold a comma, a quote or a line
 * break), UTF-8, in the column layout of {@link CsvColumn}: meetings, participations, statements, roles, military
 * presences and relationships, each kind in key order, page by page. A claim's quotes share its row: joined by
 * {@value #QUOTE_SEPARATOR} in {@code quote}, their UTF-16 offsets (as in the GraphQL API) joined by {@code ; } in
 * {@code offsets}, in the same order. A claim of several documents is still one row, as ACLED's events are: its
 * documents, publishers, dates and addresses joined by {@code ; } in source order (its own document first), its
 * quotes in the same order with each one's document in {@code quote_document_ids}, and where the sources disagree.
 * <p>
 * Without a byte order mark by default, as RFC 4180 and most readers (pandas, R, QGIS, LibreOffice) expect;
 * {@code ?bom=true} adds one, which is what makes Excel read the file as UTF-8 rather than the Windows code page
 * (without it Excel shows the Arabic as mojibake).
 */
@ApplicationScoped
class ClaimsCsvExport {

    static final String MEDIA_TYPE = "text/csv; charset=UTF-8; header=present";
    static final String QUOTE_SEPARATOR = " … ";
    static final String LIST_SEPARATOR = "; ";
    /** A title that says it was held before ("former UN envoy") needs no (former) mark. */
    private static final Pattern FORMER = Pattern.compile("\\bformer\\b", Pattern.CASE_INSENSITIVE);

    private final LabelService labels;

    ClaimsCsvExport(LabelService labels) {
        this.labels = labels;
    }

    static boolean bomRequested(List<String> values) {
        if (values.isEmpty()) {
            return false;
        }
        if (values.size() == 1 && (values.get(0).equals("true") || values.get(0).equals("false"))) {
            return values.get(0).equals("true");
        }
        throw Refusal.invalidArgument("bom takes true or false, once");
    }

    Download claims(boolean bom) {
        return new Download(MEDIA_TYPE, "majlis-claims.csv", out -> write(out, bom));
    }

    private void write(OutputStream out, boolean bom) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), ResponseStream.CHUNK);
        if (bom) {
            writer.write('\uFEFF');
        }
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
        csv.printRecord(Arrays.stream(CsvColumn.values()).map(CsvColumn::header));
        Pages.each(Meeting.class, "slug", m -> m.slug,
                rows -> new Page<>(rows, Meeting::claim).places(m -> m.placeSlug).participants().sources(Meeting::ownSource),
                page -> print(csv, page, this::meeting));
        Pages.each(Participation.class, "slug", p -> p.slug,
                rows -> new Page<>(rows, Participation::claim).meetings(p -> p.meetingSlug),
                page -> print(csv, page, this::participation));
        Pages.each(Statement.class, "slug", s -> s.slug,
                rows -> new Page<>(rows, Statement::claim).meetings(s -> s.meetingSlug),
                page -> print(csv, page, this::statement));
        Pages.each(Role.class, "slug", r -> r.slug, rows -> new Page<>(rows, Role::claim).sources(Role::ownSource),
                page -> print(csv, page, this::role));
        Pages.each(MilitaryPresence.class, "slug", p -> p.slug,
                rows -> new Page<>(rows, MilitaryPresence::claim).places(p -> p.placeSlug).supports()
                        .sources(MilitaryPresence::ownSource),
                page -> print(csv, page, this::presence));
        Pages.each(Relationship.class, "slug", r -> r.slug,
                rows -> new Page<>(rows, Relationship::claim).places(r -> r.placeSlug).sources(Relationship::ownSource),
                page -> print(csv, page, this::relationship));
        csv.flush();
    }

    /** One page of claims of a kind, with what their rows show, each read in one query for the page. */
    private static final class Page<T> {
        final List<T> rows;
        final List<String> claims;
        final List<List<Evidence>> evidence;
        final Citations citations;
        // HashMaps, which answer null for a null key: a claim may name no place
        Map<String, Place> places = new HashMap<>();
        Map<String, Meeting> meetings = new HashMap<>();
        Map<String, List<Participation>> participants = new HashMap<>();
        Map<String, List<PresenceSupport>> supports = new HashMap<>();
        /** Where each claim's sources disagree; none for the kinds without sources (participations, statements). */
        List<List<Disagreement>> disagreements;

        Page(List<T> rows, Function<T, String> claim) {
            this.rows = rows;
            this.claims = rows.stream().map(claim).toList();
            this.evidence = Batch.many(claims, c -> c, Evidence::forClaims, e -> e.claim);
            this.citations = Citations.of(evidence);
            this.disagreements = rows.stream().map(r -> List.<Disagreement> of()).toList();
        }

        Page<T> sources(Function<T, SourceView> own) {
            disagreements = Sources.disagreements(rows, r -> own.apply(r).claim, own);
            return this;
        }

        Page<T> places(Function<T, String> place) {
            places = bySlug(rows.stream().map(place).toList(), Place::findBySlugs, p -> p.slug);
            return this;
        }

        /** The meetings of participations or statements, and the meetings' places. */
        Page<T> meetings(Function<T, String> meeting) {
            meetings = bySlug(rows.stream().map(meeting).toList(), Meeting::findBySlugs, m -> m.slug);
            places = bySlug(meetings.values().stream().map(m -> m.placeSlug).toList(), Place::findBySlugs, p -> p.slug);
            return this;
        }

        Page<T> participants() {
            participants = Participation.forMeetings(rows.stream().map(m -> ((Meeting) m).slug).toList()).stream()
                    .collect(Collectors.groupingBy(p -> p.meetingSlug));
            return this;
        }

        Page<T> supports() {
            supports = PresenceSupport.forPresences(rows.stream().map(p -> ((MilitaryPresence) p).slug).toList()).stream()
                    .collect(Collectors.groupingBy(s -> s.presenceSlug));
            return this;
        }

        private static <R> Map<String, R> bySlug(List<String> slugs, Function<Collection<String>, List<R>> load,
                Function<R, String> slug) {
            List<String> wanted = slugs.stream().filter(s -> s != null).distinct().toList();
            Map<String, R> found = new HashMap<>();
            if (!wanted.isEmpty()) {
                load.apply(wanted).forEach(r -> found.put(slug.apply(r), r));
            }
            return found;
        }
    }

    @FunctionalInterface
    private interface RowOf<T> {
        void fill(Row row, T claim, Page<T> page);
    }

    private <T> void print(CSVPrinter csv, Page<T> page, RowOf<T> fill) {
        JsonParts.unchecked(() -> {
            for (int i = 0; i < page.rows.size(); i++) {
                Row row = new Row();
                String claim = page.claims.get(i);
                row.set(CLAIM_ID, claim).set(CLAIM_TYPE, claim.substring(0, claim.indexOf(':')));
                fill.fill(row, page.rows.get(i), page);
                evidence(row, page.evidence.get(i), page.citations);
                row.set(DISAGREEMENTS, disagreements(page.disagreements.get(i)));
                csv.printRecord(Arrays.asList(row.cells));
            }
        });
    }

    private void meeting(Row row, Meeting meeting, Page<Meeting> page) {
        List<Participation> hosts = new ArrayList<>();
        List<Participation> others = new ArrayList<>();
        for (Participation p : page.participants.getOrDefault(meeting.slug, List.of())) {
            (p.role == ParticipantRole.HOST ? hosts : others).add(p);
        }
        row.set(KIND, meeting.kind).set(STATUS, meeting.status).date(meeting.date, null);
        participants(row, hosts, ACTOR1, ACTOR1_ID, ASSOC_ACTOR_1, ASSOC_ACTOR_1_ID);
        participants(row, others, ACTOR2, ACTOR2_ID, ASSOC_ACTOR_2, ASSOC_ACTOR_2_ID);
        place(row, page.places.get(meeting.placeSlug), null);
        row.set(NOTES, meeting.titleEn);
    }

    private void participation(Row row, Participation participation, Page<Participation> page) {
        Meeting meeting = page.meetings.get(participation.meetingSlug);
        row.set(KIND, participation.role).set(STATUS, meeting.status).date(meeting.date, null);
        participants(row, List.of(participation), ACTOR1, ACTOR1_ID, ASSOC_ACTOR_1, ASSOC_ACTOR_1_ID);
        place(row, page.places.get(meeting.placeSlug), null);
        row.set(NOTES, meeting.titleEn);
    }

    private void statement(Row row, Statement statement, Page<Statement> page) {
        Meeting meeting = page.meetings.get(statement.meetingSlug);
        row.set(KIND, "STATEMENT").set(STATUS, statement.status).date(meeting.date, null);
        party(row, PartyRef.of(statement.speakerSlug, null), ACTOR1, ACTOR1_ID);
        party(row, PartyRef.of(null, statement.organisationSlug), ASSOC_ACTOR_1, ASSOC_ACTOR_1_ID);
        party(row, PartyRef.of(null, statement.reportedBySlug), ACTOR2, ACTOR2_ID);
        place(row, page.places.get(meeting.placeSlug), null);
        row.set(NOTES, statement.summaryEn);
    }

    private void role(Row row, Role role, Page<Role> page) {
        row.set(KIND, role.acting ? "ROLE_ACTING" : "ROLE").set(STATUS, role.status).date(role.start, role.end);
        party(row, PartyRef.of(role.actorSlug, null), ACTOR1, ACTOR1_ID);
        party(row, PartyRef.of(null, role.organisationSlug), ACTOR2, ACTOR2_ID);
        row.set(NOTES, notes(role));
    }

    /**
     * The position's English title, marked (former) when the source says it was no longer held, unless the title
     * says so itself ("former UN envoy"): the mark would only repeat it.
     */
    private static String notes(Role role) {
        return role.current || FORMER.matcher(role.titleEn).find() ? role.titleEn : role.titleEn + " (former)";
    }

    private void presence(Row row, MilitaryPresence presence, Page<MilitaryPresence> page) {
        row.set(KIND, presence.kind).set(STATUS, presence.status).date(presence.start, presence.end);
        party(row, PartyRef.of(null, presence.forceSlug), ACTOR1, ACTOR1_ID);
        party(row, PartyRef.of(null, presence.sponsorSlug), ASSOC_ACTOR_1, ASSOC_ACTOR_1_ID);
        List<String> supported = page.supports.getOrDefault(presence.slug, List.of()).stream().map(s -> JsonParts.id(s.party))
                .toList();
        row.set(ACTOR2, supported.stream().map(id -> labels.name(id, "en")).collect(Collectors.joining(LIST_SEPARATOR)))
                .set(ACTOR2_ID, String.join(LIST_SEPARATOR, supported));
        place(row, page.places.get(presence.placeSlug), presence.hostCountry);
        row.set(NOTES, presence.descriptionEn);
    }

    private void relationship(Row row, Relationship relationship, Page<Relationship> page) {
        row.set(KIND, relationship.kind).set(STATUS, relationship.status).date(relationship.start, relationship.end);
        party(row, relationship.subjectRef, ACTOR1, ACTOR1_ID);
        party(row, PartyRef.of(null, relationship.viaSlug), ASSOC_ACTOR_1, ASSOC_ACTOR_1_ID);
        party(row, relationship.objectRef, ACTOR2, ACTOR2_ID);
        place(row, page.places.get(relationship.placeSlug), null);
        row.set(NOTES, relationship.descriptionEn);
    }

    /** The participants' names and ids, and for each the organisation they acted for (empty where none). */
    private void participants(Row row, List<Participation> participants, CsvColumn actor, CsvColumn actorId,
            CsvColumn assoc, CsvColumn assocId) {
        List<String> actors = participants.stream().map(p -> GlobalId.of(Actor.TYPE, p.actorSlug)).toList();
        List<String> behalf = participants.stream()
                .map(p -> p.onBehalfOfSlug == null ? "" : GlobalId.of(Organisation.TYPE, p.onBehalfOfSlug)).toList();
        row.set(actor, names(actors)).set(actorId, String.join(LIST_SEPARATOR, actors));
        if (behalf.stream().anyMatch(b -> !b.isEmpty())) {
            row.set(assoc, names(behalf)).set(assocId, String.join(LIST_SEPARATOR, behalf));
        }
    }

    private String names(List<String> ids) {
        return ids.stream().map(id -> id.isEmpty() ? "" : labels.name(id, "en")).collect(Collectors.joining(LIST_SEPARATOR));
    }

    private void party(Row row, PartyRef party, CsvColumn name, CsvColumn id) {
        if (party != null) {
            row.set(name, labels.name(JsonParts.id(party), "en")).set(id, JsonParts.id(party));
        }
    }

    /** The place, and the country: the host country of a presence, else the place's. */
    private void place(Row row, Place place, String country) {
        if (place != null) {
            row.set(PLACE, labels.name(place.getId(), "en")).set(PLACE_ID, place.getId())
                    .set(LATITUDE, place.latitude).set(LONGITUDE, place.longitude);
        }
        row.set(COUNTRY, country != null ? country : place == null ? null : place.country);
    }

    /** The claim's documents and their attribution, in source order, and its quotes, each with its document. */
    private static void evidence(Row row, List<Evidence> quotes, Citations citations) {
        if (quotes.isEmpty()) {
            return;
        }
        List<String> documents = quotes.stream().map(q -> q.documentSlug).distinct().toList();
        List<Citations.Citation> cited = documents.stream().map(citations::of).toList();
        row.set(DOCUMENT_ID, documents.stream().map(d -> GlobalId.of(Document.TYPE, d)).collect(Collectors.joining(LIST_SEPARATOR)))
                .set(SOURCE, cited.stream().map(Citations.Citation::publisher).collect(Collectors.joining(LIST_SEPARATOR)))
                .set(PUBLISHED_ON, cited.stream().map(c -> String.valueOf(c.publishedOn())).collect(Collectors.joining(LIST_SEPARATOR)))
                .set(SOURCE_URL, cited.stream().map(c -> c.url() == null ? "" : c.url()).collect(Collectors.joining(LIST_SEPARATOR)))
                .set(QUOTE, quotes.stream().map(q -> q.quote).collect(Collectors.joining(QUOTE_SEPARATOR)))
                .set(OFFSETS, quotes.stream().map(q -> q.startOffset + "-" + q.endOffset).collect(Collectors.joining("; ")))
                .set(SOURCE_COUNT, documents.size())
                .set(QUOTE_DOCUMENT_IDS, quotes.stream().map(q -> GlobalId.of(Document.TYPE, q.documentSlug))
                        .collect(Collectors.joining(LIST_SEPARATOR)));
    }

    /**
     * Where the sources disagree, e.g. {@code status: REPORTED (Document:a); ALLEGED (Document:b)}, topics apart by
     * {@code  | }; empty when they agree.
     */
    private static String disagreements(List<Disagreement> disagreements) {
        return disagreements.stream().map(d -> d.about.name().toLowerCase(Locale.ROOT) + ": " + d.values.stream()
                .map(v -> v.text() + " (" + v.sources.stream().map(s -> GlobalId.of(Document.TYPE, s.documentSlug))
                        .collect(Collectors.joining(", ")) + ")")
                .collect(Collectors.joining(LIST_SEPARATOR))).collect(Collectors.joining(" | "));
    }


    /** One row's cells, by column; unset cells are empty. */
    private static final class Row {
        final String[] cells = new String[CsvColumn.values().length];

        Row set(CsvColumn column, Object value) {
            cells[column.ordinal()] = value == null ? null : value.toString();
            return this;
        }

        Row date(FuzzyDate start, FuzzyDate end) {
            if (start != null) {
                set(DATE, start.iso).set(DATE_PRECISION, start.precision).set(DATE_TEXT, start.text);
            }
            return end == null ? this : set(DATE_END, end.iso);
        }
    }
}
