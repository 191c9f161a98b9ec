package org.majlis.draft;

import java.util.Locale;

import org.majlis.actor.Actor;
import org.majlis.organisation.Organisation;
import org.majlis.place.Place;
import org.majlis.seed.SeedFiles.ActorSeed;
import org.majlis.seed.SeedFiles.MeetingSeed;
import org.majlis.seed.SeedFiles.PresenceSeed;
import org.majlis.seed.SeedFiles.RoleSeed;
import org.majlis.seed.SeedFiles.SourceSeed;

/** A proposal in one sentence, with the graph's English names, for a person deciding it. */
final class Summaries {

    private Summaries() {
    }

    static String of(Proposal proposal, KnownGraph graph) {
        return switch (proposal.kind()) {
            case ROLE -> {
                RoleSeed role = (RoleSeed) proposal.content();
                yield name(graph, Actor.TYPE, role.actor()) + ": " + role.title().en()
                        + (role.organisation() == null ? "" : ", " + name(graph, Organisation.TYPE, role.organisation()));
            }
            case MEETING -> {
                MeetingSeed meeting = (MeetingSeed) proposal.content();
                yield meeting.title().en() + (meeting.place() == null ? "" : " in " + name(graph, Place.TYPE, meeting.place()))
                        + (meeting.date() == null ? ", no date found" : ", " + meeting.date().iso());
            }
            case MILITARY_PRESENCE -> {
                PresenceSeed presence = (PresenceSeed) proposal.content();
                yield name(graph, Organisation.TYPE, presence.force()) + ": " + presence.kind().name().toLowerCase(Locale.ROOT)
                        .replace('_', ' ') + " in " + (presence.place() == null ? presence.hostCountry()
                                : name(graph, Place.TYPE, presence.place()) + ", " + presence.hostCountry())
                        + (presence.start() == null ? "" : ", from " + presence.start().iso());
            }
            case SOURCE -> "A further report of " + ((SourceSeed) proposal.content()).claim();
            case ACTOR -> "A person the graph does not know: " + ((ActorSeed) proposal.content()).names().get(0).text();
            default -> proposal.kind().name();
        };
    }

    private static String name(KnownGraph graph, String type, String slug) {
        KnownGraph.Node node = graph.node(type + ":" + slug);
        return node == null || node.englishName() == null ? slug : node.englishName();
    }
}
