package org.majlis.seed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.majlis.date.FuzzyDate;
import org.majlis.evidence.SameClaim;
import org.majlis.graphql.GlobalId;
import org.majlis.meeting.Meeting;
import org.majlis.seed.SeedFiles.MeetingSeed;
import org.majlis.seed.SeedFiles.ParticipationSeed;

/**
 * What {@code check} tells an analyst beside the errors: a meeting that may be one another document already makes
 * ({@link SameClaim}, the rule of the API's {@code Meeting.similar}), located like an error but printed as a notice,
 * since only a person can tell two visits from one reported twice. Each pair is named once, at the meeting of the
 * document that comes later in the seed set, with where the other is.
 */
final class SameEventNotices {

    private record Made(SameClaim.Facts facts, SeedSet.Doc doc, String at) {
    }

    private SameEventNotices() {
    }

    /** The notices of a seed set that passed the checks (its dates parse, its references resolve). */
    static List<SeedError> of(SeedSet seeds) {
        Map<String, Made> meetings = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (SeedSet.Doc doc : seeds.documents()) {
            List<MeetingSeed> list = doc.file().meetings() == null ? List.of() : doc.file().meetings();
            for (int i = 0; i < list.size(); i++) {
                MeetingSeed meeting = list.get(i);
                Set<String> participants = new LinkedHashSet<>();
                meeting.participants().stream().map(ParticipationSeed::actor).forEach(participants::add);
                FuzzyDate date = FuzzyDate.parse(meeting.date().iso(), meeting.date().text());
                meetings.put(meeting.slug(), new Made(new SameClaim.Facts(meeting.slug(), doc.slug(), participants,
                        date.earliest, date.latest, meeting.place()), doc, YamlTree.child("/meetings", i)));
                order.add(meeting.slug());
            }
        }
        Map<String, List<SameClaim.Facts>> alike = SameClaim.alikeAmong(meetings.values().stream().map(Made::facts).toList());
        List<SeedError> notices = new ArrayList<>();
        Set<String> named = new HashSet<>();
        for (String slug : order) { // a later document's meeting names an earlier one
            named.add(slug);
            Made later = meetings.get(slug);
            for (SameClaim.Facts other : alike.getOrDefault(slug, List.of())) {
                if (named.contains(other.claim()) && !other.claim().equals(slug)) {
                    Made earlier = meetings.get(other.claim());
                    SeedError there = earlier.doc().tree().error(earlier.at() + "/slug", "");
                    notices.add(later.doc().tree().error(later.at() + "/slug", "meeting '" + slug + "' may be meeting '"
                            + other.claim() + "' (" + there.file() + ":" + there.line() + ":" + there.column()
                            + ") reported again: " + why(later.facts(), other) + "; if they are one event, list "
                            + "this document's quotes of it under sources: with claim: " + GlobalId.of(Meeting.TYPE, other.claim())
                            + " instead, or it is counted twice"));
                }
            }
        }
        return notices;
    }

    private static String why(SameClaim.Facts a, SameClaim.Facts b) {
        String place = a.place() == null && b.place() == null ? "no place named"
                : Objects.equals(a.place(), b.place()) ? "the same place (" + a.place() + ")" : "a place only one names";
        return "the same participants (" + String.join(", ", SameClaim.shared(a, b)) + "), dates that overlap, " + place;
    }
}
