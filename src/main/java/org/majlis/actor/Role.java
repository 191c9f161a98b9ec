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
import org.majlis.evidence.SourceView;
import org.majlis.graphql.GlobalId;
import org.majlis.graphql.Node;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Description("A position an actor holds or held, as a source reports it: 'acting Minister of Foreign Affairs of the GNU'.")
public class Role extends PanacheEntityBase implements Node {

    public static final String TYPE = "Role";

    /**
     * What the role is, never where it stands in the seeds: its document's slug and its key there, the seed's
     * {@code key} or else the actor's slug and the organisation's (see org.majlis.seed.ClaimKeys).
     */
    @Id
    @Ignore
    @Column(name = "id")
    public String slug;

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

    @NonNull
    @Description("Counts the changes made to the role: 1 as imported or added. An edit names the version it "
            + "changes, and is refused with CONFLICT when someone changed the role since.")
    public int version = 1;

    @Override
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    @Description("The global id, Role:<document slug>.<key>: the key is the seed's key for the role, or else the actor's "
            + "slug and the organisation's, e.g. Role:000_de159ab6a08af78c.sergei-lavrov.russian-ministry-of-foreign-affairs.")
    public String getId() {
        return GlobalId.of(TYPE, slug);
    }

    public String claim() {
        return Claims.ref(TYPE, slug);
    }

    /** What its own document says of it: its fields. */
    public SourceView ownSource() {
        return new SourceView(claim(), documentSlug, true, status, start, null);
    }

    /**
     * The slug of a role: {@code <document>.<key>}, the key given, or else the actor and, when the role names one,
     * the organisation. What the role is, never where it stands: the seeds and the mutations make it alike.
     */
    public static String slugOf(String document, String key, String actor, String organisation) {
        if (key != null) {
            return GlobalId.key(document, key);
        }
        return organisation == null ? GlobalId.key(document, actor) : GlobalId.key(document, actor, organisation);
    }

    /** The next place in its document's order, after the roles it reports. */
    public static int nextOrdinal(String documentSlug) {
        Number last = getEntityManager().createQuery("select max(r.ordinal) from Role r where r.documentSlug = ?1", Number.class)
                .setParameter(1, documentSlug).getSingleResult();
        return last == null ? 0 : last.intValue() + 1;
    }

    public static List<Role> findBySlugs(Collection<String> slugs) {
        return list("slug in ?1", slugs);
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
