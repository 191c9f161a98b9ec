package org.majlis.presence;

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
@Description("Foreign forces somewhere: whose forces, where, since when, backing whom.")
public class MilitaryPresence extends PanacheEntityBase implements Node {

    public static final String TYPE = "MilitaryPresence";

    @Id
    @Ignore
    public String slug;

    @Ignore
    @Column(name = "force_organisation")
    public String forceSlug;

    @Ignore
    @Column(name = "sponsor")
    public String sponsorSlug;

    @NonNull
    @Description("ISO 3166-1 alpha-2 code of the country the forces are in.")
    public String hostCountry;

    @Ignore
    @Column(name = "place")
    public String placeSlug;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("What kind of presence it is.")
    public PresenceKind kind;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("Whether the source reports the presence as fact, attributes it to others, or expects it.")
    public ClaimStatus status;

    @Ignore
    public String descriptionEn;

    @Ignore
    public String descriptionAr;

    @Embedded
    @Description("When the presence began, as precisely as the source says; null where it does not.")
    public FuzzyDate start;

    @Embedded
    @Description("When the presence ended, where a source says; null while it is not reported over.")
    public FuzzyDate end;

    @Ignore
    @Column(name = "document")
    public String documentSlug;

    @NonNull
    @Description("Counts the changes made to the presence: 1 as imported or added. An edit names the version it "
            + "changes, and is refused with CONFLICT when someone changed the presence since.")
    public int version = 1;

    @Override
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    @Description("The global id, MilitaryPresence:<slug>.")
    public String getId() {
        return GlobalId.of(TYPE, slug);
    }

    public String claim() {
        return Claims.ref(TYPE, slug);
    }

    /** What its own document says of it: its fields. */
    public SourceView ownSource() {
        return new SourceView(claim(), documentSlug, true, status, start, placeSlug);
    }

    public static List<MilitaryPresence> findBySlugs(Collection<String> slugs) {
        return list("slug in ?1", slugs);
    }

    public static List<MilitaryPresence> forDocuments(Collection<String> documentSlugs) {
        return list("documentSlug in ?1 order by documentSlug, slug", documentSlugs);
    }
}
