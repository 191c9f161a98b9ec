package org.majlis.relationship;

import java.util.Collection;
import java.util.List;

import jakarta.persistence.AttributeOverride;
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
import org.majlis.party.PartyRef;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A claim between two parties that is neither a meeting nor a military presence: an alliance, support, an
 * embassy, an offensive. It keeps the rest of what a source reports queryable with its evidence.
 */
@Entity
@Description("A reported tie between two parties: an alliance, support, an embassy, an offensive.")
public class Relationship extends PanacheEntityBase implements Node {

    public static final String TYPE = "Relationship";

    @Id
    @Ignore
    public String slug;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("What ties the subject to the object.")
    public RelationshipKind kind;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("Whether the source states it as fact, attributes it to others, or expects it.")
    public ClaimStatus status;

    @Ignore
    @Embedded
    @AttributeOverride(name = "actorSlug", column = @Column(name = "subject_actor"))
    @AttributeOverride(name = "organisationSlug", column = @Column(name = "subject_organisation"))
    public PartyRef subjectRef;

    /** Null where the source names no one. */
    @Ignore
    @Embedded
    @AttributeOverride(name = "actorSlug", column = @Column(name = "object_actor"))
    @AttributeOverride(name = "organisationSlug", column = @Column(name = "object_organisation"))
    public PartyRef objectRef;

    @Ignore
    @Column(name = "via")
    public String viaSlug;

    @Ignore
    @Column(name = "place")
    public String placeSlug;

    @Ignore
    public String descriptionEn;

    @Ignore
    public String descriptionAr;

    @Embedded
    @Description("When it began, as precisely as the source says.")
    public FuzzyDate start;

    @Embedded
    @Description("When it ended, where a source says.")
    public FuzzyDate end;

    @Ignore
    @Column(name = "document")
    public String documentSlug;

    @NonNull
    @Description("Counts the changes made to the relationship: 1 as imported or added. An edit names the version it "
            + "changes, and is refused with CONFLICT when someone changed the relationship since.")
    public int version = 1;

    @Override
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    @Description("The global id, Relationship:<slug>.")
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

    public static List<Relationship> findBySlugs(Collection<String> slugs) {
        return list("slug in ?1", slugs);
    }

    public static List<Relationship> forDocuments(Collection<String> documentSlugs) {
        return list("documentSlug in ?1 order by documentSlug, slug", documentSlugs);
    }
}
