package org.majlis.meeting;

import java.util.Collection;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.majlis.date.FuzzyDate;
import org.majlis.evidence.ClaimStatus;
import org.majlis.evidence.Claims;
import org.majlis.evidence.SourceView;
import org.majlis.graphql.GlobalId;
import org.majlis.graphql.Node;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Description("A reported meeting: who met whom, where, when, on whose behalf and about what.")
public class Meeting extends PanacheEntityBase implements Node {

    public static final String TYPE = "Meeting";

    @Id
    @Ignore
    public String slug;

    @Ignore
    public String titleEn;

    @Ignore
    public String titleAr;

    @Ignore
    public String descriptionEn;

    @Ignore
    public String descriptionAr;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("What kind of meeting it was.")
    public MeetingKind kind;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("Whether the source reports the meeting as fact, attributes it to others, or expects it.")
    public ClaimStatus status;

    @NonNull
    @Embedded
    @Description("When it took place, as precisely as the source says.")
    public FuzzyDate date;

    @Ignore
    @Column(name = "place")
    public String placeSlug;

    @Ignore
    @Column(name = "document")
    public String documentSlug;

    @NonNull
    @Description("Counts the changes made to the meeting: 1 as imported or added. An edit names the version it "
            + "changes, and is refused with CONFLICT when someone changed the meeting since.")
    public int version = 1;

    @Override
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    @Description("The global id, Meeting:<slug>.")
    public String getId() {
        return GlobalId.of(TYPE, slug);
    }

    public String claim() {
        return Claims.ref(TYPE, slug);
    }

    /** What its own document says of it: its fields. */
    public SourceView ownSource() {
        return new SourceView(claim(), documentSlug, true, status, date, placeSlug);
    }

    public static List<Meeting> findBySlugs(Collection<String> slugs) {
        return list("slug in ?1", slugs);
    }

    public static List<Meeting> forDocuments(Collection<String> documentSlugs) {
        return list("documentSlug in ?1 order by documentSlug, slug", documentSlugs);
    }
}
