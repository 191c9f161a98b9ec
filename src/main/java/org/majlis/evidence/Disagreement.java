package org.majlis.evidence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.eclipse.microprofile.graphql.NonNull;
import org.majlis.date.FuzzyDate;

/**
 * Where a claim's sources say different things: each value with the sources that give it, none chosen. Dates
 * disagree when two cannot be the same day (a month and a day in it agree); places and statuses when two differ.
 */
@Description("Where a claim's sources say different things of it: each value with the sources that give it. The "
        + "claim's own fields keep its first document's view; nothing is chosen between them.")
public class Disagreement {

    /** What sources of a claim may disagree on. */
    @Enum("DisagreementAbout")
    @Description("What the sources of a claim disagree on.")
    public enum About {
        @Description("The date (a meeting's; a presence's, role's or relationship's start): two that cannot be the same day.")
        DATE,
        @Description("The place: two different places.")
        PLACE,
        @Description("The status: reported against alleged or expected.")
        STATUS
    }

    @NonNull
    @Description("What they disagree on.")
    public final About about;

    @NonNull
    @Description("Each value given, with its sources, in the order of the claim's sources.")
    public final List<@NonNull DisagreementValue> values;

    Disagreement(About about, List<DisagreementValue> values) {
        this.about = about;
        this.values = values;
    }

    /** The disagreements among one claim's sources, in the order of {@link About}. */
    public static List<Disagreement> among(List<SourceView> sources) {
        List<Disagreement> found = new ArrayList<>();
        List<DisagreementValue> dates = values(About.DATE, sources, s -> s.date == null ? null : s.date.iso);
        if (datesConflict(dates)) {
            found.add(new Disagreement(About.DATE, dates));
        }
        List<DisagreementValue> places = values(About.PLACE, sources, s -> s.placeSlug);
        if (places.size() > 1) {
            found.add(new Disagreement(About.PLACE, places));
        }
        List<DisagreementValue> statuses = values(About.STATUS, sources, s -> s.status == null ? null : s.status.name());
        if (statuses.size() > 1) {
            found.add(new Disagreement(About.STATUS, statuses));
        }
        return found;
    }

    /** The values given, each once with every source that gives it. */
    private static List<DisagreementValue> values(About about, List<SourceView> sources,
            Function<SourceView, String> value) {
        Map<String, List<SourceView>> byValue = new LinkedHashMap<>();
        for (SourceView source : sources) {
            String v = value.apply(source);
            if (v != null) {
                byValue.computeIfAbsent(v, k -> new ArrayList<>()).add(source);
            }
        }
        return byValue.values().stream().map(given -> new DisagreementValue(about, given)).toList();
    }

    private static boolean datesConflict(List<DisagreementValue> dates) {
        for (int i = 0; i < dates.size(); i++) {
            for (int j = i + 1; j < dates.size(); j++) {
                FuzzyDate a = dates.get(i).sources.get(0).date;
                FuzzyDate b = dates.get(j).sources.get(0).date;
                if (a.latest.isBefore(b.earliest) || b.latest.isBefore(a.earliest)) {
                    return true;
                }
            }
        }
        return false;
    }
}
