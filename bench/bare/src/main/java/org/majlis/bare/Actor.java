package org.majlis.bare;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.eclipse.microprofile.graphql.NonNull;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An actor as a plain Panache entity, served as it is: no labels, no languages, no global ids. */
@Entity
public class Actor extends PanacheEntityBase {

    @Id
    @org.eclipse.microprofile.graphql.Id
    public long id;

    @NonNull
    public String slug;

    @NonNull
    public String name;
}
