package org.majlis.label;

import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A name or an alias of an actor, organisation or place, in one language. */
@Entity
@Description("A name in one language.")
public class Label extends PanacheEntityBase {

    /**
     * Numbered by the importer in seed order: a storage key only, which no API, export or cursor shows (a label is
     * reached through the node it names), so that it may move when the seeds change, unlike a claim's id.
     */
    @Id
    @Ignore
    public Long id;

    /** The global id of the node it names, e.g. Actor:sergei-lavrov. */
    @Ignore
    public String nodeId;

    /** False for the node's names, true for its other spellings. */
    @Ignore
    public boolean alias;

    @NonNull
    @Description("BCP 47 language tag: ar, en, ru, ...")
    public String lang;

    @NonNull
    @Description("The name as written.")
    public String text;

    @NonNull
    @Description("True when the label is background knowledge rather than a spelling the sources use.")
    public boolean background;

    @Ignore
    public int ordinal;

    /** The node's names and aliases, in the order they are shown. */
    public static List<Label> ofNode(String nodeId) {
        return list("nodeId = ?1 order by ordinal", nodeId);
    }
}
