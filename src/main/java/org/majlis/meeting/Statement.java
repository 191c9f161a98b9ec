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
import org.majlis.graphql.GlobalId;
import org.majlis.graphql.Node;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Description("Who said what at or about a meeting, and who reported it.")
public class Statement extends PanacheEntityBase implements Node {

    public static final String TYPE = "Statement";

    /**
     * What the statement is: its document's slug and its key there, the seed's {@code key} or else where its
     * earliest quote starts in the (verbatim, never edited) text (see org.majlis.seed.ClaimKeys).
     */
    @Id
    @Ignore
    @Column(name = "id")
    public String slug;

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

    @NonNull
    @Description("Counts the changes made to the statement: 1 as imported or added. An edit names the version it "
            + "changes, and is refused with CONFLICT when someone changed the statement since.")
    public int version = 1;

    @Override
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    @Description("The global id, Statement:<document slug>.<key>: the key is the seed's key for the statement, or else "
            + "where its earliest quote starts in the document's text (UTF-16), e.g. Statement:000_de159ab6a08af78c.720.")
    public String getId() {
        return GlobalId.of(TYPE, slug);
    }

    public String claim() {
        return Claims.ref(TYPE, slug);
    }

    /**
     * The slug of a statement: {@code <document>.<key>}, the key given, or else where its earliest quote starts in the
     * document's text. What it is, never where it stands: the seeds and the mutations make it alike.
     */
    public static String slugOf(String document, String key, int earliestQuote) {
        return GlobalId.key(document, key != null ? key : String.valueOf(earliestQuote));
    }

    /** A statement says who said it; null when it does, else what to add. */
    public static String whoSaidIt(String speaker, String organisation, String reportedBy) {
        return speaker == null && organisation == null && reportedBy == null
                ? "a statement needs a speaker, an organisation or reportedBy: who said it?" : null;
    }

    /** The next place in its meeting's order, after the statements it holds. */
    public static int nextOrdinal(String meetingSlug) {
        Number last = getEntityManager().createQuery("select max(s.ordinal) from Statement s where s.meetingSlug = ?1",
                Number.class).setParameter(1, meetingSlug).getSingleResult();
        return last == null ? 0 : last.intValue() + 1;
    }

    public static List<Statement> findBySlugs(Collection<String> slugs) {
        return list("slug in ?1", slugs);
    }

    public static List<Statement> forMeetings(Collection<String> meetingSlugs) {
        return list("meetingSlug in ?1 order by meetingSlug, ordinal", meetingSlugs);
    }
}
