package org.majlis.actor;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Entity;
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
@Description("A person who acts in the reported events: a minister, an envoy, a commander.")
public class Actor extends PanacheEntityBase implements Node, Named, Party {

    public static final String TYPE = "Actor";

    /** The fields whose values may be marked background knowledge rather than stated by a source. */
    public static final Set<String> BACKGROUND_FIELDS = Set.of();

    @Id
    @Ignore
    public String slug;

    @Ignore
    public String background;

    @NonNull
    @Description("Counts the changes made to the actor: 1 as imported or added. An edit names the version it "
            + "changes, and is refused with CONFLICT when someone changed the actor since.")
    public int version = 1;

    @Override
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    @Description("The global id, Actor:<slug>.")
    public String getId() {
        return GlobalId.of(TYPE, slug);
    }

    @NonNull
    @Description("Fields of this actor whose values are background knowledge, not stated by any source.")
    public List<@NonNull String> getBackgroundFields() {
        return Background.fields(background);
    }

    public static List<Actor> findBySlugs(Collection<String> slugs) {
        return list("slug in ?1", slugs);
    }

    public static boolean exists(String slug) {
        return count("slug", slug) > 0;
    }
}
