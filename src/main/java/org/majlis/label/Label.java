package org.majlis.label;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A name or an alias of an actor, organisation or place, in one language. */
@Entity
@Description("A name in one language.")
public class Label extends PanacheEntityBase {

    @Id
    @Ignore
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "label_seq")
    @SequenceGenerator(name = "label_seq", sequenceName = "label_seq", allocationSize = 50)
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
}
