package org.majlis.draft;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.majlis.actor.ActorPayload;
import org.majlis.actor.ActorWrites;
import org.majlis.actor.AddActorInput;
import org.majlis.actor.AddRoleInput;
import org.majlis.actor.Role;
import org.majlis.actor.RolePayload;
import org.majlis.actor.RoleWrites;
import org.majlis.auth.Writer;
import org.majlis.change.ChangeLog;
import org.majlis.document.Document;
import org.majlis.events.SeedsImported;
import org.majlis.evidence.AddSourceInput;
import org.majlis.graphql.GlobalId;
import org.majlis.graphql.InputErrors;
import org.majlis.graphql.Node;
import org.majlis.graphql.UserError;
import org.majlis.meeting.AddMeetingInput;
import org.majlis.meeting.AddMeetingSourceInput;
import org.majlis.meeting.Meeting;
import org.majlis.meeting.MeetingPayload;
import org.majlis.meeting.MeetingWrites;
import org.majlis.presence.AddMilitaryPresenceInput;
import org.majlis.presence.MilitaryPresence;
import org.majlis.presence.MilitaryPresencePayload;
import org.majlis.presence.MilitaryPresenceWrites;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Drafts a document into suggestions and decides them: accepting one sends the mutation it names (addRole,
 * addMeeting, addMeetingSource, ...) with its proposal, or with the analyst's edit of it, through the same writes and
 * rules as any mutation, in one transaction with the suggestion's new status; the change it makes names the
 * suggestion (origin SUGGESTION). Drafting a document again keeps every decided suggestion, and an open one the rules
 * still propose keeps its id.
 */
@ApplicationScoped
public class Drafts {

    /** Proposals as JSON: absent fields left out, so that a proposal reads as a client would write the input. */
    static final ObjectMapper JSON = JsonMapper.builder().serializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final DraftGraph graph;
    private final ChangeLog changes;
    private final ActorWrites actors;
    private final RoleWrites roles;
    private final MeetingWrites meetings;
    private final MilitaryPresenceWrites presences;
    private final DraftSizes sizes;

    Drafts(DraftGraph graph, ChangeLog changes, ActorWrites actors, RoleWrites roles, MeetingWrites meetings, MilitaryPresenceWrites presences,
            DraftSizes sizes) {
        this.sizes = sizes;
        this.actors = actors;
        this.graph = graph;
        this.changes = changes;
        this.roles = roles;
        this.meetings = meetings;
        this.presences = presences;
    }

    /** What drafting did: the document, how many suggestions are open, or what to fix. */
    public record Drafted(Document document, int open, List<UserError> errors) {
    }

    @Transactional
    public Drafted draft(String documentId, Writer writer) {
        InputErrors errors = new InputErrors();
        Document document = Document.named(documentId, errors);
        if (!errors.isEmpty()) {
            return new Drafted(null, 0, errors.list());
        }
        KnownGraph known = graph.now();
        List<Proposal> proposals = Drafter.draft(document.slug, document.text, document.publishedOn, document.language, known);
        // The writers wait for each other from here only: reading a text of up to 200,000 characters takes them none.
        changes.begin();
        Map<String, Suggestion> kept = new LinkedHashMap<>();
        Suggestion.ofDocuments(List.of(document.slug)).forEach(s -> kept.put(s.slug, s));
        List<String> proposed = new ArrayList<>();
        Instant now = Instant.now();
        for (Proposal proposal : proposals) {
            SuggestionInputs.Input input = SuggestionInputs.of(document.slug, proposal);
            if (input == null) {
                continue;
            }
            String json = json(input.input());
            String slug = document.slug + "." + fingerprint(input.kind().name(), proposal.quotes(), json);
            proposed.add(slug);
            if (!kept.containsKey(slug)) {
                Suggestion s = new Suggestion();
                s.slug = slug;
                s.documentSlug = document.slug;
                s.ordinal = proposal.quotes().get(0).start();
                s.kind = input.kind();
                s.status = SuggestionStatus.OPEN;
                s.summary = Summaries.of(proposal, known);
                s.mutation = input.mutation();
                s.proposal = json;
                s.quotes = json(proposal.quotes());
                s.score = proposal.score();
                s.rule = proposal.rule();
                s.ruleVersion = Drafter.VERSION;
                s.claim = input.claim();
                s.draftedAt = now;
                s.persist();
                kept.put(slug, s);
            }
        }
        // An open suggestion the rules no longer make goes; a decided one is the record of a decision and stays.
        kept.values().stream().filter(s -> s.status == SuggestionStatus.OPEN && !proposed.contains(s.slug)).toList()
                .forEach(s -> {
                    s.delete();
                    kept.remove(s.slug);
                });
        int open = (int) kept.values().stream().filter(s -> s.status == SuggestionStatus.OPEN).count();
        sizes.drafted();
        return new Drafted(document, open, List.of());
    }

    /**
     * After an import: a suggestion stays with its document, decided or not, as long as the document is there (an
     * import of changed seeds keeps a document whose text did not change under the same slug); one whose document went
     * goes too.
     */
    @Transactional
    void forgetWhatWentWithItsDocument(@Observes SeedsImported imported) {
        Suggestion.ofDocumentsGone();
    }

    /** What deciding did: the suggestion, the claim accepting it made, or what to fix. */
    public record Decided(Suggestion suggestion, Node claim, List<UserError> errors) {
    }

    @Transactional
    public Decided accept(AcceptSuggestionInput input, Writer writer) {
        InputErrors errors = new InputErrors();
        Suggestion suggestion = open(input.id, errors);
        if (suggestion == null) {
            return new Decided(null, null, errors.list());
        }
        String json = input.proposal == null ? suggestion.proposal : input.proposal;
        String document = GlobalId.of(Document.TYPE, suggestion.documentSlug);
        if (input.proposal != null && !documentOf(input.proposal, document).equals(document)) {
            return new Decided(suggestion, null, List.of(new UserError("INVALID", List.of("input", "proposal", "document"),
                    "A suggestion is accepted as a claim of its own document: keep " + document + ".")));
        }
        Accepted accepted;
        try {
            accepted = send(suggestion, json, input.proposal == null, writer.accepting(suggestion.getId()));
        } catch (JsonProcessingException e) {
            return new Decided(suggestion, null, List.of(UserError.onInput("INVALID", "proposal", "The proposal is not "
                    + "the input of " + suggestion.mutation + " as JSON: " + e.getOriginalMessage())));
        }
        if (!accepted.errors().isEmpty()) {
            return new Decided(suggestion, null, accepted.errors().stream().map(Drafts::onProposal).toList());
        }
        suggestion.status = input.proposal == null || sameJson(input.proposal, suggestion.proposal) ? SuggestionStatus.ACCEPTED
                : SuggestionStatus.EDITED;
        suggestion.claim = accepted.claim().getId();
        decided(suggestion, writer);
        return new Decided(suggestion, accepted.claim(), List.of());
    }

    @Transactional
    public Decided reject(RejectSuggestionInput input, Writer writer) {
        InputErrors errors = new InputErrors();
        Suggestion suggestion = open(input.id, errors);
        if (suggestion == null) {
            return new Decided(null, null, errors.list());
        }
        suggestion.status = SuggestionStatus.REJECTED;
        decided(suggestion, writer);
        return new Decided(suggestion, null, List.of());
    }

    /** The suggestion, open; else null and the problem (not found, or decided already: TAKEN). */
    private Suggestion open(String id, InputErrors errors) {
        String slug = errors.slugOf(id, Suggestion.TYPE, InputErrors.field("id"));
        if (slug == null) {
            return null;
        }
        changes.begin();
        Suggestion suggestion = Suggestion.findById(slug);
        errors.requireFound(suggestion != null, id, InputErrors.field("id"), "draft its document again (draftDocument).");
        if (suggestion != null && suggestion.status != SuggestionStatus.OPEN) {
            errors.add("TAKEN", InputErrors.field("id"), id + " was " + suggestion.status.name().toLowerCase() + " by "
                    + suggestion.decidedBy + " at " + suggestion.decidedAt + ".");
            return null;
        }
        return suggestion;
    }

    private static void decided(Suggestion suggestion, Writer writer) {
        suggestion.decidedBySubject = writer.subject();
        suggestion.decidedBy = writer.name();
        suggestion.decidedAt = Instant.now();
    }

    private record Accepted(Node claim, List<UserError> errors) {
    }

    /**
     * Sends the suggestion's mutation with this input. A further source accepted as proposed names the claim's version
     * as it now is: what the analyst accepts is this document's report, whatever else changed the claim since.
     */
    private Accepted send(Suggestion suggestion, String json, boolean asProposed, Writer writer) throws JsonProcessingException {
        return switch (suggestion.mutation) {
            case "addActor" -> actor(actors.add(JSON.readValue(json, AddActorInput.class), writer));
            case "addRole" -> role(roles.add(JSON.readValue(json, AddRoleInput.class), writer));
            case "addMeeting" -> meeting(meetings.add(JSON.readValue(json, AddMeetingInput.class), writer));
            case "addMilitaryPresence" -> presence(presences.add(JSON.readValue(json, AddMilitaryPresenceInput.class), writer));
            case "addRoleSource" -> role(roles.addSource(versioned(JSON.readValue(json, AddSourceInput.class), asProposed,
                    slug -> Role.<Role> findById(slug) == null ? null : Role.<Role> findById(slug).version), writer));
            case "addMeetingSource" -> meeting(meetings.addSource(versioned(JSON.readValue(json, AddMeetingSourceInput.class),
                    asProposed, slug -> Meeting.<Meeting> findById(slug) == null ? null : Meeting.<Meeting> findById(slug).version), writer));
            case "addMilitaryPresenceSource" -> presence(presences.addSource(versioned(JSON.readValue(json, AddSourceInput.class),
                    asProposed, slug -> MilitaryPresence.<MilitaryPresence> findById(slug) == null ? null
                            : MilitaryPresence.<MilitaryPresence> findById(slug).version), writer));
            default -> throw new IllegalStateException("A suggestion names a mutation the drafter does not make: " + suggestion.mutation);
        };
    }

    private static <I extends AddSourceInput> I versioned(I input, boolean asProposed, Function<String, Integer> version) {
        if (asProposed && input.id != null) {
            Integer current = version.apply(input.id.substring(input.id.indexOf(':') + 1));
            input.version = current == null ? 0 : current;
        }
        return input;
    }

    private static Accepted actor(ActorPayload payload) {
        return new Accepted(payload.actor, payload.userErrors);
    }

    private static Accepted role(RolePayload payload) {
        return new Accepted(payload.role, payload.userErrors);
    }

    private static Accepted meeting(MeetingPayload payload) {
        return new Accepted(payload.meeting, payload.userErrors);
    }

    private static Accepted presence(MilitaryPresencePayload payload) {
        return new Accepted(payload.militaryPresence, payload.userErrors);
    }

    /** A problem with the mutation's input is one with the proposal: ["input", "date"] becomes ["input", "proposal", "date"]. */
    private static UserError onProposal(UserError error) {
        List<String> field = new ArrayList<>(List.of("input", "proposal"));
        field.addAll(error.field.subList(Math.min(1, error.field.size()), error.field.size()));
        return new UserError(error.code, field, error.message);
    }

    /** The proposal's document; where it is no JSON at all, the suggestion's (reading it then says what is wrong). */
    private static String documentOf(String proposal, String suggestions) {
        try {
            JsonNode document = JSON.readTree(proposal).path("document");
            return document.isTextual() ? document.asText() : "";
        } catch (JsonProcessingException e) {
            return suggestions;
        }
    }

    private static boolean sameJson(String a, String b) {
        try {
            JsonNode x = JSON.readTree(a);
            JsonNode y = JSON.readTree(b);
            return x.equals(y);
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("A proposal is not JSON: " + e.getMessage(), e);
        }
    }

    /** Sixteen hex digits of the SHA-256 of the kind, the quotes' offsets and the content. */
    static String fingerprint(String kind, List<Proposal.Quote> quotes, String content) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(kind.getBytes(StandardCharsets.UTF_8));
            quotes.forEach(q -> sha.update((";" + q.start() + "-" + q.end()).getBytes(StandardCharsets.UTF_8)));
            sha.update(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
