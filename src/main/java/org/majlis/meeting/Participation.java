package org.majlis.meeting;

import java.util.Collection;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.majlis.evidence.Claims;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Description("One actor's part in a meeting, and on whose behalf they took it.")
public class Participation extends PanacheEntityBase {

    /** Numbered by the importer in seed order, so that a re-import gives every row the same id. */
    @Id
    @Ignore
    public Long id;

    @Ignore
    @Column(name = "meeting")
    public String meetingSlug;

    @Ignore
    @Column(name = "actor")
    public String actorSlug;

    @Ignore
    @Column(name = "on_behalf_of")
    public String onBehalfOfSlug;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("The part the actor played: HOST, VISITOR, DELEGATION_MEMBER, ACCOMPANYING, ...")
    public ParticipantRole role;

    @Ignore
    public int ordinal;

    public String claim() {
        return Claims.ref("Participation", id);
    }

    public static List<Participation> forMeetings(Collection<String> meetingSlugs) {
        return list("meetingSlug in ?1 order by meetingSlug, ordinal", meetingSlugs);
    }
}
