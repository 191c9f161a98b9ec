package org.majlis.seed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.majlis.date.FuzzyDate;
import org.majlis.meeting.SameEvent;
import org.majlis.seed.SeedFiles.MeetingSeed;
import org.majlis.seed.SeedFiles.ParticipationSeed;

/**
 * What {@code check} tells an analyst beside the errors: a meeting that may be one another document already makes
 * ({@link SameEvent}, the rule of the API's {@code Meeting.similar}), located like an error but printed as a notice,
 * since only a person can tell two visits from one reported twice. Each pair is named once, at the meeting of the
 * document that comes later in the seed set, with where the other is.
 */
final class SameEventNotices {

    private record Made(SameEvent.Facts facts, SeedSet.Doc doc, String at) {
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
                meetings.put(meeting.slug(), new Made(new SameEvent.Facts(meeting.slug(), doc.slug(), participants,
                        date.earliest, date.latest, meeting.place()), doc, YamlTree.child("/meetings", i)));
                order.add(meeting.slug());
            }
        }
        Map<String, List<SameEvent.Facts>> alike = SameEvent.alikeAmong(meetings.values().stream().map(Made::facts).toList());
        List<SeedError> notices = new ArrayList<>();
        Set<String> named = new HashSet<>();
        for (String slug : order) { // a later document's meeting names an earlier one
            named.add(slug);
            Made later = meetings.get(slug);
            for (SameEvent.Facts other : alike.getOrDefault(slug, List.of())) {
                if (named.contains(other.meeting()) && !other.meeting().equals(slug)) {
                    Made earlier = meetings.get(other.meeting());
                    SeedError there = earlier.doc().tree().error(earlier.at() + "/slug", "");
                    notices.add(later.doc().tree().error(later.at() + "/slug", "meeting '" + slug + "' may be meeting '"
                            + other.meeting() + "' (" + there.file() + ":" + there.line() + ":" + there.column()
                            + ") reported again: " + SameEvent.why(later.facts(), other) + "; if they are one event, it "
                            + "is counted twice"));
                }
            }
        }
        return notices;
    }
}
