package org.majlis.evidence;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.majlis.date.FuzzyDate;
import org.majlis.graphql.GlobalId;
import org.majlis.place.Place;

/** One value of a {@link Disagreement} and the sources that give it. */
@Description("One value the sources of a claim give, and the sources that give it: date, place or status is set, "
        + "as the disagreement's about says.")
public class DisagreementValue {

    @Ignore
    public final Disagreement.About about;

    @NonNull
    @Description("The sources that give this value, each with its document and quotes.")
    public final List<@NonNull SourceView> sources;

    DisagreementValue(Disagreement.About about, List<SourceView> sources) {
        this.about = about;
        this.sources = sources;
    }

    @Description("The date, when the disagreement is about the date (as the first of these sources words it).")
    public FuzzyDate getDate() {
        return about == Disagreement.About.DATE ? sources.get(0).date : null;
    }

    @Description("The status, when the disagreement is about the status.")
    public ClaimStatus getStatus() {
        return about == Disagreement.About.STATUS ? sources.get(0).status : null;
    }

    /** The place's key, when the disagreement is about the place. */
    public String placeSlug() {
        return about == Disagreement.About.PLACE ? sources.get(0).placeSlug : null;
    }

    /** The value as the exports write it: the date's ISO form, the place's id, the status. */
    public String text() {
        return switch (about) {
            case DATE -> sources.get(0).date.iso;
            case PLACE -> GlobalId.of(Place.TYPE, sources.get(0).placeSlug);
            case STATUS -> sources.get(0).status.name();
        };
    }
}
