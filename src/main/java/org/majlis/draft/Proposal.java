package org.majlis.draft;

import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * One thing the drafter proposes: its kind, its content in the seed format (a {@code RoleSeed}, {@code MeetingSeed},
 * {@code PresenceSeed}, {@code SourceSeed}, {@code ActorSeed}, a {@code DateSeed}, or the nodes a name may be), its
 * quotes with their offsets, the rule's confidence (a fixed figure per rule and case, not a calibrated probability),
 * and the rule that made it.
 */
public record Proposal(Kind kind, Object content, List<Quote> quotes, double score, String rule) {

    public enum Kind {
        /** A name of a known node. */
        MENTION,
        /** A person the graph does not know, from a title before a name they are not known by. */
        ACTOR,
        /** A date, resolved against the day of publication. */
        DATE,
        ROLE,
        MEETING,
        MILITARY_PRESENCE,
        /** A further report of a claim the graph holds. */
        SOURCE
    }

    /** {@code text.substring(start, end)} is {@code quote}. */
    @RegisterForReflection
    public record Quote(int start, int end, String quote) {
    }

    /** The nodes a name may stand for, most likely first. */
    public record MentionContent(List<String> nodeIds) {
    }
}
