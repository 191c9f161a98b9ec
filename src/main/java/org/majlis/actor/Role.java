package org.majlis.actor;

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

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Description("A position an actor holds or held, as a source reports it: 'acting Minister of Foreign Affairs of the GNU'.")
public class Role extends PanacheEntityBase {

    /** Numbered by the importer in seed order, so that a re-import gives every row the same id. */
    @Id
    @Ignore
    public Long id;

    @Ignore
    @Column(name = "actor")
    public String actorSlug;

    @Ignore
    @Column(name = "organisation")
    public String organisationSlug;

    @Ignore
    public String titleEn;

    @Ignore
    public String titleAr;

    @NonNull
    @Description("True for an acting (caretaker, interim) holder of the position.")
    public boolean acting;

    @NonNull
    @Column(name = "is_current")
    @Description("Whether the actor held the position when the source was published; false for 'the former envoy'.")
    public boolean current;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("Whether the source states the role as fact, attributes it to others, or expects it.")
    public ClaimStatus status;

    @Embedded
    @Description("When the actor took the position, where a source says.")
    public FuzzyDate start;

    @Embedded
    @Description("When the actor left the position, where a source says.")
    public FuzzyDate end;

    @Ignore
    @Column(name = "document")
    public String documentSlug;

    @Ignore
    public int ordinal;

    public String claim() {
        return Claims.ref("Role", id);
    }

    /**
     * The positions roles are held in: each distinct organisation and English title, with an Arabic title, in that
     * order, the first {@code limit} after the given pair (null: from the start). Rows are {organisation, titleEn,
     * titleAr}; roles that name no organisation hold no such position.
     */
    public static List<Object[]> positions(String afterOrganisation, String afterTitle, int limit) {
        String after = afterOrganisation == null ? ""
                : "and (r.organisationSlug > :o or (r.organisationSlug = :o and r.titleEn > :t)) ";
        var query = getEntityManager().createQuery("select r.organisationSlug, r.titleEn, min(r.titleAr) from Role r "
                + "where r.organisationSlug is not null " + after
                + "group by r.organisationSlug, r.titleEn order by r.organisationSlug, r.titleEn", Object[].class);
        if (afterOrganisation != null) {
            query.setParameter("o", afterOrganisation).setParameter("t", afterTitle);
        }
        return query.setMaxResults(limit).getResultList();
    }

    public static List<Role> forActors(Collection<String> actorSlugs) {
        return list("actorSlug in ?1 order by actorSlug, documentSlug, ordinal", actorSlugs);
    }

    public static List<Role> forOrganisations(Collection<String> organisationSlugs) {
        return list("organisationSlug in ?1 order by organisationSlug, documentSlug, ordinal", organisationSlugs);
    }

    public static List<Role> forDocuments(Collection<String> documentSlugs) {
        return list("documentSlug in ?1 order by documentSlug, ordinal", documentSlugs);
    }
}
