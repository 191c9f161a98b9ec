package org.majlis.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.majlis.seed.SeedCheck;
import org.majlis.seed.SeedFiles.ActorSeed;
import org.majlis.seed.SeedFiles.DateSeed;
import org.majlis.seed.SeedFiles.LabelSeed;
import org.majlis.seed.SeedFiles.MeetingSeed;
import org.majlis.seed.SeedFiles.RoleSeed;
import org.majlis.seed.SeedFiles.SourceSeed;
import org.majlis.seed.SeedSet;

/**
 * The drafter on sentences written for this test (not the annotated test texts, whose figures draft-figures prints):
 * against the bundled seeds' names, with and without their claims.
 */
class DrafterTest {

    private static SeedSet bundled;
    private static KnownGraph namesOnly;
    private static KnownGraph withClaims;

    @BeforeAll
    static void readSeeds() {
        bundled = SeedCheck.read(true, Optional.empty());
        namesOnly = SeedGraph.of(bundled, slug -> false);
        withClaims = SeedGraph.of(bundled, slug -> true);
    }

    private static List<Proposal> draft(String text, String published, String language, KnownGraph graph) {
        List<Proposal> proposals = Drafter.draft(null, text, LocalDate.parse(published), language, graph);
        proposals.forEach(p -> p.quotes().forEach(q -> assertEquals(q.quote(), text.substring(q.start(), q.end()))));
        return proposals;
    }

    private static <T> List<T> contents(List<Proposal> proposals, Proposal.Kind kind, Class<T> type) {
        return proposals.stream().filter(p -> p.kind() == kind).map(p -> type.cast(p.content())).toList();
    }

    @Test
    void datesAreResolvedAgainstTheDayOfPublicationAndKeepTheirWords() {
        String text = "التقى الوفد اليوم الاثنين بعد زيارة أغسطس الماضي، وفي 22 أغسطس/آب 2023، وخلال عامي 2019 و2020.";
        List<DateSeed> dates = contents(draft(text, "2024-05-13", "ar", namesOnly), Proposal.Kind.DATE, DateSeed.class);
        assertEquals(List.of(new DateSeed("2024-05-13", "اليوم الاثنين"), new DateSeed("2023-08", "أغسطس الماضي"),
                new DateSeed("2023-08-22", "22 أغسطس/آب 2023"), new DateSeed("2019/2020", "عامي 2019 و2020")), dates);
    }

    @Test
    void anEnglishWeekdayIsTheLatestSuchDayUpToPublication() {
        String text = "The envoy arrived on Thursday, after talks on August 22, 2023 and in May.";
        List<DateSeed> dates = contents(draft(text, "2023-09-29", "en", namesOnly), Proposal.Kind.DATE, DateSeed.class);
        assertEquals(List.of(new DateSeed("2023-09-28", "on Thursday"), new DateSeed("2023-08-22", "August 22, 2023"),
                new DateSeed("2023-05", "May")), dates);
    }

    @Test
    void aTitleBeforeANameIsARoleInTheMinistryItsNationalitySays() {
        String text = "Russian Foreign Minister Sergei Lavrov spoke.";
        List<RoleSeed> roles = contents(draft(text, "2024-05-20", "en", namesOnly), Proposal.Kind.ROLE, RoleSeed.class);
        assertEquals(1, roles.size());
        RoleSeed role = roles.get(0);
        assertEquals("sergei-lavrov", role.actor());
        assertEquals("russian-ministry-of-foreign-affairs", role.organisation());
        assertEquals("Russian Foreign Minister", role.title().en());
        assertEquals("Russian Foreign Minister Sergei Lavrov", role.evidence().get(0).quote());
    }

    @Test
    void aRoleTheGraphHoldsIsProposedAsAFurtherSourceOfIt() {
        String text = "وقال وزير الخارجية الروسي سيرغي لافروف إن بلاده مستعدة.";
        List<Proposal> proposals = draft(text, "2024-05-20", "ar", withClaims);
        assertTrue(contents(proposals, Proposal.Kind.ROLE, RoleSeed.class).isEmpty());
        List<SourceSeed> sources = contents(proposals, Proposal.Kind.SOURCE, SourceSeed.class);
        assertEquals(1, sources.size());
        assertEquals("Role:000_de159ab6a08af78c.sergei-lavrov.russian-ministry-of-foreign-affairs", sources.get(0).claim());
        assertEquals("وزير الخارجية الروسي سيرغي لافروف", sources.get(0).evidence().get(0).quote());
    }

    /**
     * The bundled article holds two meetings in Moscow of al-Lafi and al-Baour in May 2024: the talks with Lavrov on
     * the 13th, and the meeting with other officials it expects that month. A report of the talks is their source,
     * in whatever order the graph lists the two (the database's is not the seeds').
     */
    @Test
    void aReportOfAKnownMeetingIsTheSourceOfTheOneThatSharesTheMostOfItsPeople() {
        String text = "Abdullah al-Lafi and al-Taher al-Baour met Sergei Lavrov in Moscow on 13 May 2024.";
        List<KnownGraph.KnownMeeting> reversed = new ArrayList<>(withClaims.meetings());
        Collections.reverse(reversed);
        KnownGraph otherOrder = new KnownGraph(withClaims.names(), withClaims.nodes(), withClaims.roles(), reversed,
                withClaims.presences());
        for (KnownGraph graph : List.of(withClaims, otherOrder)) {
            List<SourceSeed> sources = contents(draft(text, "2024-05-14", "en", graph), Proposal.Kind.SOURCE, SourceSeed.class);
            assertEquals(List.of("Meeting:2024-05-13-moscow-libya-russia"), sources.stream().map(SourceSeed::claim)
                    .filter(claim -> claim.startsWith("Meeting:")).toList());
        }
    }

    @Test
    void receivedMakesItsSubjectTheHostAndItsObjectTheVisitor() {
        String text = "استقبل خليفة حفتر في بنغازي يوم الأحد سيرغي لافروف.";
        List<MeetingSeed> meetings = contents(draft(text, "2024-06-04", "ar", namesOnly), Proposal.Kind.MEETING, MeetingSeed.class);
        assertEquals(1, meetings.size());
        MeetingSeed meeting = meetings.get(0);
        assertEquals(List.of("khalifa-haftar HOST", "sergei-lavrov VISITOR"),
                meeting.participants().stream().map(p -> p.actor() + " " + p.role()).toList());
        assertEquals("benghazi", meeting.place());
        assertEquals(new DateSeed("2024-06-02", "يوم الأحد"), meeting.date());
    }

    @Test
    void aTitleBeforeANameTheGraphDoesNotKnowIsANewPersonInEitherScript() {
        List<ActorSeed> english = contents(draft("Libyan Interior Minister Imad Trabelsi met Sergei Lavrov.", "2024-06-04", "en",
                namesOnly), Proposal.Kind.ACTOR, ActorSeed.class);
        assertEquals(List.of(new ActorSeed("imad-trabelsi", List.of(new LabelSeed("en", "Imad Trabelsi", null)), null, null)),
                english);
        List<ActorSeed> arabic = contents(draft("وقال وزير الداخلية الليبي عماد الطرابلسي إن الوضع مستقر.", "2024-06-04", "ar",
                namesOnly), Proposal.Kind.ACTOR, ActorSeed.class);
        assertEquals(List.of(new ActorSeed(null, List.of(new LabelSeed("ar", "عماد الطرابلسي", null)), null, null)), arabic);
    }

    @Test
    void aKnownNameAfterATitleIsNoNewPerson() {
        assertTrue(contents(draft("Russian Foreign Minister Sergei Lavrov spoke.", "2024-06-04", "en", namesOnly),
                Proposal.Kind.ACTOR, ActorSeed.class).isEmpty());
    }

    @Test
    void inThePassiveTheSubjectIsTheVisitor() {
        List<MeetingSeed> meetings = contents(draft("Khalifa Haftar was received by Sergei Lavrov in Moscow on Monday.",
                "2024-06-04", "en", namesOnly), Proposal.Kind.MEETING, MeetingSeed.class);
        assertEquals(List.of("khalifa-haftar VISITOR", "sergei-lavrov HOST"),
                meetings.get(0).participants().stream().map(p -> p.actor() + " " + p.role()).toList());
    }

    @Test
    void aPossessiveDoesNotHideAName() {
        String text = "Khalifa Haftar's forces advanced.";
        List<Proposal.MentionContent> mentions = contents(draft(text, "2024-06-04", "en", namesOnly), Proposal.Kind.MENTION,
                Proposal.MentionContent.class);
        assertEquals(List.of(new Proposal.MentionContent(List.of("Actor:khalifa-haftar"))), mentions);
    }

    @Test
    void onePersonAloneIsNoMeeting() {
        String text = "Khalifa Haftar visited Benghazi on Monday.";
        assertTrue(contents(draft(text, "2024-06-04", "en", namesOnly), Proposal.Kind.MEETING, MeetingSeed.class).isEmpty());
    }
}
