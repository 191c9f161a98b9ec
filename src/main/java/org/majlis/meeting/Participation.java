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
import org.majlis.graphql.GlobalId;
import org.majlis.graphql.Node;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Description("One actor's part in a meeting, and on whose behalf they took it.")
public class Participation extends PanacheEntityBase implements Node {

    public static final String TYPE = "Participation";

    /** What the participation is: its meeting's slug and its actor's, since an actor takes part once in a meeting. */
    @Id
    @Ignore
    @Column(name = "id")
    public String slug;

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

    @Override
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    @Description("The global id, Participation:<meeting slug>.<actor slug>, e.g. "
            + "Participation:2024-05-13-moscow-libya-russia.sergei-lavrov.")
    public String getId() {
        return GlobalId.of(TYPE, slug);
    }

    public String claim() {
        return Claims.ref(TYPE, slug);
    }

    public static List<Participation> findBySlugs(Collection<String> slugs) {
        return list("slug in ?1", slugs);
    }

    public static List<Participation> forMeetings(Collection<String> meetingSlugs) {
        return list("meetingSlug in ?1 order by meetingSlug, ordinal", meetingSlugs);
    }
}
