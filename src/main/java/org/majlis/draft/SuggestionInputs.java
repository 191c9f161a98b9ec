package org.majlis.draft;

import java.util.List;

import org.majlis.actor.Actor;
import org.majlis.actor.AddActorInput;
import org.majlis.actor.AddRoleInput;
import org.majlis.date.DateInput;
import org.majlis.document.Document;
import org.majlis.evidence.AddSourceInput;
import org.majlis.evidence.QuoteInput;
import org.majlis.graphql.GlobalId;
import org.majlis.label.LabelInput;
import org.majlis.label.TextInput;
import org.majlis.meeting.AddMeetingInput;
import org.majlis.meeting.AddMeetingSourceInput;
import org.majlis.meeting.ParticipantInput;
import org.majlis.organisation.Organisation;
import org.majlis.place.Place;
import org.majlis.presence.AddMilitaryPresenceInput;
import org.majlis.seed.SeedFiles.ActorSeed;
import org.majlis.seed.SeedFiles.DateSeed;
import org.majlis.seed.SeedFiles.EvidenceSeed;
import org.majlis.seed.SeedFiles.Localized;
import org.majlis.seed.SeedFiles.MeetingSeed;
import org.majlis.seed.SeedFiles.ParticipationSeed;
import org.majlis.seed.SeedFiles.PresenceSeed;
import org.majlis.seed.SeedFiles.RoleSeed;
import org.majlis.seed.SeedFiles.SourceSeed;

/**
 * A proposal (in the seed format, as the drafter makes it) as the input of the mutation that accepting it sends: the
 * same references as global ids, the same quotes, so that a claim accepted from a draft passes the rules every claim
 * passes.
 */
final class SuggestionInputs {

    /** A suggestion's mutation, its input, the kind it is, and for a further source the claim it reports. */
    record Input(SuggestionKind kind, String mutation, Object input, String claim) {
    }

    private SuggestionInputs() {
    }

    /** The input for a proposal of a claim; null for a mention or a date, which are not claims. */
    static Input of(String document, Proposal proposal) {
        String documentId = GlobalId.of(Document.TYPE, document);
        return switch (proposal.kind()) {
            case ROLE -> new Input(SuggestionKind.ROLE, "addRole", role(documentId, (RoleSeed) proposal.content()), null);
            case MEETING -> new Input(SuggestionKind.MEETING, "addMeeting", meeting(documentId, (MeetingSeed) proposal.content()), null);
            case MILITARY_PRESENCE -> new Input(SuggestionKind.MILITARY_PRESENCE, "addMilitaryPresence",
                    presence(documentId, (PresenceSeed) proposal.content()), null);
            case SOURCE -> source(documentId, (SourceSeed) proposal.content());
            case ACTOR -> new Input(SuggestionKind.ACTOR, "addActor", actor((ActorSeed) proposal.content()), null);
            default -> null;
        };
    }

    /** A new person: their name as the text writes it; the slug the mutation makes from an English one. */
    private static AddActorInput actor(ActorSeed seed) {
        AddActorInput input = new AddActorInput();
        input.names = seed.names().stream().map(n -> {
            LabelInput label = new LabelInput();
            label.lang = n.lang();
            label.text = n.text();
            return label;
        }).toList();
        return input;
    }

    private static AddRoleInput role(String document, RoleSeed seed) {
        AddRoleInput input = new AddRoleInput();
        input.document = document;
        input.actor = id(Actor.TYPE, seed.actor());
        input.organisation = id(Organisation.TYPE, seed.organisation());
        input.title = text(seed.title());
        input.acting = seed.acting();
        input.current = seed.current();
        input.status = seed.status();
        input.quotes = quotes(seed.evidence());
        return input;
    }

    private static AddMeetingInput meeting(String document, MeetingSeed seed) {
        AddMeetingInput input = new AddMeetingInput();
        input.document = document;
        input.slug = seed.slug();
        input.title = text(seed.title());
        input.kind = seed.kind();
        input.status = seed.status();
        input.date = date(seed.date());
        input.place = id(Place.TYPE, seed.place());
        input.participants = participants(seed.participants());
        input.quotes = quotes(seed.evidence());
        return input;
    }

    private static AddMilitaryPresenceInput presence(String document, PresenceSeed seed) {
        AddMilitaryPresenceInput input = new AddMilitaryPresenceInput();
        input.document = document;
        input.slug = seed.slug();
        input.force = id(Organisation.TYPE, seed.force());
        input.sponsor = id(Organisation.TYPE, seed.sponsor());
        input.hostCountry = seed.hostCountry();
        input.place = id(Place.TYPE, seed.place());
        input.kind = seed.kind();
        input.status = seed.status();
        input.start = date(seed.start());
        input.quotes = quotes(seed.evidence());
        return input;
    }

    /** A further source: its claim's version is the one current when it is accepted (0 here, filled in then). */
    private static Input source(String document, SourceSeed seed) {
        String type = seed.claim().substring(0, seed.claim().indexOf(':'));
        AddSourceInput input = type.equals("Meeting") ? new AddMeetingSourceInput() : new AddSourceInput();
        input.id = seed.claim();
        input.document = document;
        input.quotes = quotes(seed.evidence());
        input.date = date(seed.date());
        input.place = id(Place.TYPE, seed.place());
        input.status = seed.status();
        if (input instanceof AddMeetingSourceInput meeting) {
            meeting.participants = seed.participants() == null ? null : participants(seed.participants());
        }
        return new Input(SuggestionKind.SOURCE, "add" + type + "Source", input, seed.claim());
    }

    private static List<ParticipantInput> participants(List<ParticipationSeed> seeds) {
        return seeds.stream().map(p -> {
            ParticipantInput participant = new ParticipantInput();
            participant.actor = id(Actor.TYPE, p.actor());
            participant.onBehalfOf = id(Organisation.TYPE, p.onBehalfOf());
            participant.role = p.role();
            participant.quotes = quotes(p.evidence());
            return participant;
        }).toList();
    }

    private static List<QuoteInput> quotes(List<EvidenceSeed> evidence) {
        return evidence.stream().map(e -> {
            QuoteInput quote = new QuoteInput();
            quote.text = e.quote();
            quote.occurrence = e.occurrence();
            return quote;
        }).toList();
    }

    private static TextInput text(Localized localized) {
        TextInput text = new TextInput();
        text.en = localized.en();
        text.ar = localized.ar();
        return text;
    }

    private static DateInput date(DateSeed seed) {
        if (seed == null) {
            return null;
        }
        DateInput date = new DateInput();
        date.iso = seed.iso();
        date.text = seed.text();
        return date;
    }

    private static String id(String type, String slug) {
        return slug == null ? null : GlobalId.of(type, slug);
    }
}
