package org.majlis.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.majlis.graphql.GlobalId;
import org.majlis.graphql.Node;
import org.majlis.graphql.Party;
import org.majlis.label.Background;
import org.majlis.label.Named;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Description("A state, government, ministry, armed force, private military company, international body or medium.")
public class Organisation extends PanacheEntityBase implements Node, Named, Party {

    public static final String TYPE = "Organisation";

    /** The fields whose values may be marked background knowledge rather than stated by a source. */
    public static final Set<String> BACKGROUND_FIELDS = Set.of("kind", "country", "parent");

    @Id
    @Ignore
    public String slug;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("What kind of organisation this is.")
    public OrganisationKind kind;

    @Description("ISO 3166-1 alpha-2 code of the country it belongs to, e.g. LY, RU; null for international bodies.")
    public String country;

    /** The slug of the organisation this one is part of; exposed through the parent field. */
    @Ignore
    @Column(name = "parent")
    public String parentSlug;

    @Ignore
    public String background;

    @NonNull
    @Description("Counts the changes made to the organisation: 1 as imported or added. An edit names the version it "
            + "changes, and is refused with CONFLICT when someone changed it since.")
    public int version = 1;

    @Override
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    @Description("The global id, Organisation:<slug>.")
    public String getId() {
        return GlobalId.of(TYPE, slug);
    }

    @NonNull
    @Description("Fields of this organisation whose values are background knowledge, not stated by any source, e.g. country.")
    public List<@NonNull String> getBackgroundFields() {
        return Background.fields(background);
    }

    public static List<Organisation> findBySlugs(Collection<String> slugs) {
        return list("slug in ?1", slugs);
    }

    public static boolean exists(String slug) {
        return count("slug", slug) > 0;
    }
}
