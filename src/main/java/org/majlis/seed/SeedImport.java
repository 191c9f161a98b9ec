package org.majlis.seed;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The one row that says which seed set the database holds. */
@Entity
public class SeedImport extends PanacheEntityBase {

    static final int ONLY = 1;

    @Id
    public Integer id;

    public String fingerprint;

    public Instant importedAt;
}
