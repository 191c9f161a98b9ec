package org.majlis.presence;

import static org.majlis.graphql.InputErrors.field;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.majlis.auth.Writer;
import org.majlis.change.ChangeKind;
import org.majlis.change.ChangeLog;
import org.majlis.change.Edits;
import org.majlis.change.Versioned;
import org.majlis.document.Document;
import org.majlis.evidence.AddSourceInput;
import org.majlis.evidence.ClaimDates;
import org.majlis.evidence.ClaimQuotes;
import org.majlis.evidence.Corroborations;
import org.majlis.evidence.RemoveSourceInput;
import org.majlis.evidence.RetractInput;
import org.majlis.evidence.Retractions;
import org.majlis.evidence.Sources;
import org.majlis.graphql.GlobalId;
import org.majlis.graphql.InputErrors;
import org.majlis.graphql.UserError;
import org.majlis.label.MergeInput;
import org.majlis.label.Merging;
import org.majlis.organisation.Organisation;
import org.majlis.party.Parties;
import org.majlis.party.PartyRef;
import org.majlis.place.Place;

/**
 * Adds, edits and retracts military presences, by the rules the seeds obey (references that resolve, a host country's
 * code, quotes in the document, {@link ClaimDates}), one writer at a time ({@link ChangeLog#begin()}), the presence,
 * its supported sides, its quotes and its change together or nothing.
 */
@ApplicationScoped
public class MilitaryPresenceWrites {

    /** The input's fields, the figure the cost estimate takes for a payload's userErrors (one problem a field). */
    static final int INPUT_FIELDS = 13;

    // The columns' widths (V1__knowledge_graph.sql): refused as TOO_LONG, never a database error.
    private static final int DESCRIPTION_CHARACTERS = 2000;
    private static final int SLUG_CHARACTERS = 200;

    private final ChangeLog changes;
    private final Edits edits;
    private final Retractions retractions;
    private final Merging merging;

    MilitaryPresenceWrites(ChangeLog changes, Edits edits, Retractions retractions, Merging merging) {
        this.changes = changes;
        this.edits = edits;
        this.retractions = retractions;
        this.merging = merging;
    }

    /** What a valid input sets: the presence's fields (on a copy, for an edit), its sides and quotes when given. */
    private record Checked(MilitaryPresence fields, List<PartyRef> supports, List<ClaimQuotes.Span> quotes) {
    }

    @Transactional
    public MilitaryPresencePayload add(AddMilitaryPresenceInput input, Writer writer) {
        InputErrors errors = new InputErrors();
        Document document = Document.named(input.document, errors);
        MilitaryPresence presence = new MilitaryPresence();
        presence.kind = input.kind;
        presence.status = input.status;
        EditMilitaryPresenceInput given = new EditMilitaryPresenceInput();
        given.force = input.force;
        given.sponsor = input.sponsor;
        given.supports = input.supports == null ? List.of() : input.supports;
        given.hostCountry = input.hostCountry;
        given.place = input.place;
        given.description = input.description;
        given.start = input.start;
        given.end = input.end;
        given.quotes = input.quotes;
        Checked checked = check(presence, given, document, errors);
        String slug = input.slug != null ? input.slug : madeSlug(checked.fields);
        if (!slug.matches(GlobalId.SLUG_PATTERN)) {
            errors.add("INVALID", field("slug"), "The slug " + GlobalId.SLUG_MESSAGE + ", e.g. wagner-group-in-libya.");
        }
        errors.maxLength(slug, SLUG_CHARACTERS, field("slug"));
        if (!errors.isEmpty()) {
            return new MilitaryPresencePayload(null, errors.list());
        }
        changes.begin();
        if (MilitaryPresence.findById(slug) != null) {
            return new MilitaryPresencePayload(null, List.of(new UserError("TAKEN", field("slug"),
                    GlobalId.of(MilitaryPresence.TYPE, slug) + " already exists: give the new presence a slug of its own.")));
        }
        MilitaryPresence added = checked.fields;
        added.slug = slug;
        added.documentSlug = document.slug;
        added.persist();
        writeSupports(added, checked.supports);
        ClaimQuotes.write(added.claim(), document.slug, checked.quotes);
        changes.record(added.getId(), ChangeKind.CREATED, added.version, writer, null, fields(added));
        return new MilitaryPresencePayload(added, List.of());
    }

    @Transactional
    public MilitaryPresencePayload edit(EditMilitaryPresenceInput input, Writer writer) {
        Edits.Edited<MilitaryPresence> edited = edits.edit(KIND, input.id, input.version, writer, presence -> change(presence, input));
        return new MilitaryPresencePayload(edited.node(), edited.userErrors());
    }

    /** Sets what the input changes; the problems with it, if any, roll the edit back (Edits). */
    private static List<UserError> change(MilitaryPresence presence, EditMilitaryPresenceInput input) {
        InputErrors errors = new InputErrors();
        if (input.kind != null) {
            presence.kind = input.kind;
        }
        if (input.status != null) {
            presence.status = input.status;
        }
        Checked checked = check(presence, input, Document.findById(presence.documentSlug), errors);
        if (errors.isEmpty()) {
            if (checked.supports() != null) {
                PresenceSupport.forPresences(List.of(presence.slug)).forEach(PresenceSupport::delete);
                MilitaryPresence.flush();
                writeSupports(presence, checked.supports());
            }
            if (checked.quotes() != null) {
                ClaimQuotes.replace(presence.claim(), presence.documentSlug, checked.quotes());
            }
        }
        return errors.list();
    }

    @Transactional
    public MilitaryPresencePayload addSource(AddSourceInput input, Writer writer) {
        Edits.Edited<MilitaryPresence> edited = edits.edit(KIND, input.id, input.version, writer,
                presence -> Corroborations.add(presence.claim(), presence.documentSlug, presence.status, true, input));
        return new MilitaryPresencePayload(edited.node(), edited.userErrors());
    }

    @Transactional
    public MilitaryPresencePayload removeSource(RemoveSourceInput input, Writer writer) {
        Edits.Edited<MilitaryPresence> edited = edits.edit(KIND, input.id, input.version, writer,
                presence -> Corroborations.remove(presence.claim(), presence.documentSlug, input));
        return new MilitaryPresencePayload(edited.node(), edited.userErrors());
    }

    /** Folds a presence found to be another reported again into it: its reports become the survivor's sources. */
    @Transactional
    public MilitaryPresencePayload merge(MergeInput input, Writer writer) {
        Merging.Merged<MilitaryPresence> merged = merging.merge(KIND, MilitaryPresence::delete, input, writer);
        return new MilitaryPresencePayload(merged.survivor(), merged.userErrors());
    }

    @Transactional
    public MilitaryPresencePayload retract(RetractInput input, Writer writer) {
        Retractions.Retracted<MilitaryPresence> retracted = retractions.retract(KIND, presence -> {
            PresenceSupport.forPresences(List.of(presence.slug)).forEach(PresenceSupport::delete);
            ClaimQuotes.removeAll(List.of(presence.claim()));
            presence.delete();
        }, input, writer);
        return new MilitaryPresencePayload(retracted.current(), retracted.userErrors());
    }

    /** MilitaryPresences as the shared procedures find, version and remember them. */
    private static final Versioned<MilitaryPresence> KIND = new Versioned<>(MilitaryPresence.TYPE, slug -> MilitaryPresence.findById(slug),
            presence -> presence.version, presence -> presence.version++, MilitaryPresenceWrites::fields);

    /**
     * Checks what the input gives and sets it on {@code presence} (a new one, or a copy until all is well): the
     * references, the host country, the description, the dates against the publication and each other, the quotes.
     */
    private static Checked check(MilitaryPresence presence, EditMilitaryPresenceInput input, Document document,
            InputErrors errors) {
        if (input.force != null) {
            presence.forceSlug = errors.reference(input.force, Organisation.TYPE, field("force"), Organisation::exists,
                    "name an organisation of the graph.");
        }
        if (input.sponsor != null) {
            presence.sponsorSlug = errors.reference(input.sponsor, Organisation.TYPE, field("sponsor"),
                    Organisation::exists, "name an organisation of the graph.");
        }
        if (input.place != null) {
            presence.placeSlug = errors.reference(input.place, Place.TYPE, field("place"), Place::exists,
                    "name a place of the graph.");
        }
        if (input.hostCountry != null) {
            Place.checkCountry(input.hostCountry, "hostCountry", "host country", errors);
            presence.hostCountry = input.hostCountry;
        }
        if (input.description != null) {
            input.description.check("description", DESCRIPTION_CHARACTERS, errors);
            presence.descriptionEn = input.description.english();
            presence.descriptionAr = input.description.arabic();
        }
        ClaimDates.Span dates = ClaimDates.span(presence.start, presence.end, input.start, input.end,
                document == null ? null : document.publishedOn, presence.status, errors);
        presence.start = dates.start();
        presence.end = dates.end();
        List<PartyRef> supports = null;
        if (input.supports != null) {
            supports = new ArrayList<>();
            for (int i = 0; i < input.supports.size(); i++) {
                PartyRef party = Parties.reference(input.supports.get(i), field("supports", i), errors);
                if (party != null) {
                    supports.add(party);
                }
            }
        }
        List<ClaimQuotes.Span> quotes = input.quotes == null || document == null ? null
                : ClaimQuotes.resolve(document.text, input.quotes, field("quotes"), errors);
        return new Checked(presence, supports, quotes);
    }

    private static void writeSupports(MilitaryPresence presence, List<PartyRef> supports) {
        for (int i = 0; i < supports.size(); i++) {
            PresenceSupport support = new PresenceSupport();
            support.presenceSlug = presence.slug;
            support.ordinal = i;
            support.party = supports.get(i);
            support.persist();
        }
    }

    /** force-country-place, e.g. wagner-group-ly-al-jufra-air-base. */
    private static String madeSlug(MilitaryPresence presence) {
        List<String> parts = new ArrayList<>();
        parts.add(presence.forceSlug == null ? "presence" : presence.forceSlug);
        if (presence.hostCountry != null) {
            parts.add(presence.hostCountry.toLowerCase(Locale.ROOT));
        }
        if (presence.placeSlug != null) {
            parts.add(presence.placeSlug);
        }
        return String.join("-", parts);
    }

    /** What the history keeps of a presence: every field, its sides and its quotes. */
    private static Map<String, Object> fields(MilitaryPresence presence) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("document", GlobalId.of(Document.TYPE, presence.documentSlug));
        fields.put("force", GlobalId.of(Organisation.TYPE, presence.forceSlug));
        fields.put("sponsor", presence.sponsorSlug == null ? null : GlobalId.of(Organisation.TYPE, presence.sponsorSlug));
        fields.put("supports", PresenceSupport.forPresences(List.of(presence.slug)).stream()
                .map(s -> Parties.id(s.party)).toList());
        fields.put("hostCountry", presence.hostCountry);
        fields.put("place", presence.placeSlug == null ? null : GlobalId.of(Place.TYPE, presence.placeSlug));
        fields.put("kind", presence.kind.name());
        fields.put("status", presence.status.name());
        Map<String, Object> description = new LinkedHashMap<>();
        description.put("en", presence.descriptionEn);
        description.put("ar", presence.descriptionAr);
        fields.put("description", presence.descriptionEn == null ? null : description);
        fields.put("start", ClaimDates.fields(presence.start));
        fields.put("end", ClaimDates.fields(presence.end));
        fields.put("quotes", ClaimQuotes.fields(List.of(presence.claim())).getOrDefault(presence.claim(), List.of()));
        putSources(fields, presence.claim());
        return fields;
    }

    /** The further sources, in the history only once there are any, so that a claim's history before reads as it did. */
    private static void putSources(Map<String, Object> fields, String claim) {
        List<Map<String, Object>> sources = Sources.fields(claim);
        if (!sources.isEmpty()) {
            fields.put("sources", sources);
        }
    }
}
