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
import org.majlis.evidence.ClaimStatus;
import org.majlis.evidence.Claims;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Description("Who said what at or about a meeting, and who reported it.")
public class Statement extends PanacheEntityBase {

    /** Numbered by the importer in seed order, so that a re-import gives every row the same id. */
    @Id
    @Ignore
    public Long id;

    @Ignore
    @Column(name = "meeting")
    public String meetingSlug;

    @Ignore
    @Column(name = "speaker")
    public String speakerSlug;

    @Ignore
    @Column(name = "organisation")
    public String organisationSlug;

    @Ignore
    @Column(name = "reported_by")
    public String reportedBySlug;

    @Ignore
    public String summaryEn;

    @Ignore
    public String summaryAr;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("Whether the source reports the statement as made, attributes it to others, or expects it.")
    public ClaimStatus status;

    @Ignore
    @Column(name = "document")
    public String documentSlug;

    @Ignore
    public int ordinal;

    public String claim() {
        return Claims.ref("Statement", id);
    }

    public static List<Statement> forMeetings(Collection<String> meetingSlugs) {
        return list("meetingSlug in ?1 order by meetingSlug, ordinal", meetingSlugs);
    }
}
