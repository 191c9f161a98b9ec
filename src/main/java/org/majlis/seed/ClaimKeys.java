package org.majlis.seed;

import org.majlis.actor.Role;
import org.majlis.evidence.Quotes;
import org.majlis.graphql.GlobalId;
import org.majlis.meeting.Statement;
import org.majlis.seed.SeedFiles.EvidenceSeed;
import org.majlis.seed.SeedFiles.ParticipationSeed;
import org.majlis.seed.SeedFiles.RoleSeed;
import org.majlis.seed.SeedFiles.StatementSeed;

/**
 * The slugs of the claims that have none in the seeds (roles, participations, statements), made of what each claim
 * is and never of where it stands: adding, removing or editing another claim or document changes none of them, and
 * editing a claim's title or summary keeps its own. {@link SeedWriter} writes them and {@link SeedValidator} proves
 * them unique by the same rules.
 */
final class ClaimKeys {

    private ClaimKeys() {
    }

    /** {@code <document>.<key>}: the seed's key, or else the actor and, when the role names one, the organisation. */
    static String role(String document, RoleSeed role) {
        return Role.slugOf(document, role.key(), role.actor(), role.organisation());
    }

    /** {@code <meeting>.<actor>}: an actor takes part in a meeting once. */
    static String participation(String meeting, ParticipationSeed participation) {
        return GlobalId.key(meeting, participation.actor());
    }

    /**
     * {@code <document>.<key>}: the seed's key, or else where the earliest of the statement's quotes starts in the
     * document's text (UTF-16), which is verbatim and never edited; null while a quote is not in the text, which is
     * an error of its own (as is a statement without quotes).
     */
    static String statement(String document, StatementSeed statement, String text) {
        if (statement.key() != null) {
            return Statement.slugOf(document, statement.key(), -1);
        }
        if (statement.evidence() == null || statement.evidence().isEmpty()) {
            return null;
        }
        int earliest = Integer.MAX_VALUE;
        for (EvidenceSeed quote : statement.evidence()) {
            int start = quote == null || quote.quote() == null ? -1 : start(text, quote);
            if (start < 0) {
                return null;
            }
            earliest = Math.min(earliest, start);
        }
        return Statement.slugOf(document, null, earliest);
    }

    /** Where a quote starts in its document's text; -1 when that occurrence is not there. */
    static int start(String text, EvidenceSeed quote) {
        return Quotes.start(text, quote.quote(), quote.occurrence() == null ? 1 : quote.occurrence());
    }
}
