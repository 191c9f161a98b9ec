package org.majlis.presence;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

import org.majlis.party.PartyRef;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A side that a military presence backs. */
@Entity
@IdClass(PresenceSupport.Key.class)
public class PresenceSupport extends PanacheEntityBase {

    @Id
    @Column(name = "presence")
    public String presenceSlug;

    @Id
    @Column(name = "ordinal")
    public int ordinal;

    /** Its columns are actor and organisation, PartyRef's own names. */
    @Embedded
    public PartyRef party;

    public record Key(String presenceSlug, int ordinal) implements Serializable {
    }

    public static List<PresenceSupport> forPresences(Collection<String> presenceSlugs) {
        return list("presenceSlug in ?1 order by presenceSlug, ordinal", presenceSlugs);
    }
}
