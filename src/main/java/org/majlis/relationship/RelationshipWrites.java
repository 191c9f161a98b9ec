package org.majlis.relationship;

import static org.majlis.graphql.InputErrors.field;

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
import org.majlis.place.Place;

/**
 * Adds, edits and retracts relationships, by the rules the seeds obey (sides and references that resolve, quotes in
 * the document, {@link ClaimDates}), one writer at a time ({@link ChangeLog#begin()}), the relationship, its quotes
 * and its change together or nothing.
 */
@ApplicationScoped
public class RelationshipWrites {

    /** The input's fields, the figure the cost estimate takes for a payload's userErrors (one problem a field). */
    static final int INPUT_FIELDS = 12;

    // The columns' widths (V1__knowledge_graph.sql): refused as TOO_LONG, never a database error.
    private static final int DESCRIPTION_CHARACTERS = 2000;
    private static final int SLUG_CHARACTERS = 200;

    private final ChangeLog changes;
    private final Edits edits;
    private final Retractions retractions;
    private final Merging merging;

    RelationshipWrites(ChangeLog changes, Edits edits, Retractions retractions, Merging merging) {
        this.changes = changes;
        this.edits = edits;
        this.retractions = retractions;
        this.merging = merging;
    }

    @Transactional
    public RelationshipPayload add(AddRelationshipInput input, Writer writer) {
        InputErrors errors = new InputErrors();
        Document document = Document.named(input.document, errors);
        Relationship relationship = new Relationship();
        relationship.kind = input.kind;
        relationship.status = input.status;
        EditRelationshipInput given = new EditRelationshipInput();
        given.subject = input.subject;
        given.object = input.object;
        given.via = input.via;
        given.place = input.place;
        given.description = input.description;
        given.start = input.start;
        given.end = input.end;
        given.quotes = input.quotes;
        List<ClaimQuotes.Span> quotes = check(relationship, given, document, errors);
        String slug = input.slug != null ? input.slug : madeSlug(relationship);
        if (!slug.matches(GlobalId.SLUG_PATTERN)) {
            errors.add("INVALID", field("slug"), "The slug " + GlobalId.SLUG_MESSAGE + ", e.g. russia-supports-lna.");
        }
        errors.maxLength(slug, SLUG_CHARACTERS, field("slug"));
        if (!errors.isEmpty()) {
            return new RelationshipPayload(null, errors.list());
        }
        changes.begin();
        if (Relationship.findById(slug) != null) {
            return new RelationshipPayload(null, List.of(new UserError("TAKEN", field("slug"),
                    GlobalId.of(Relationship.TYPE, slug) + " already exists: give the new relationship a slug of its own.")));
        }
        relationship.slug = slug;
        relationship.documentSlug = document.slug;
        relationship.persist();
        ClaimQuotes.write(relationship.claim(), document.slug, quotes);
        changes.record(relationship.getId(), ChangeKind.CREATED, relationship.version, writer, null, fields(relationship));
        return new RelationshipPayload(relationship, List.of());
    }

    @Transactional
    public RelationshipPayload edit(EditRelationshipInput input, Writer writer) {
        Edits.Edited<Relationship> edited = edits.edit(KIND, input.id, input.version, writer, relationship -> change(relationship, input));
        return new RelationshipPayload(edited.node(), edited.userErrors());
    }

    /** Sets what the input changes; the problems with it, if any, roll the edit back (Edits). */
    private static List<UserError> change(Relationship relationship, EditRelationshipInput input) {
        InputErrors errors = new InputErrors();
        if (input.kind != null) {
            relationship.kind = input.kind;
        }
        if (input.status != null) {
            relationship.status = input.status;
        }
        List<ClaimQuotes.Span> quotes = check(relationship, input, Document.findById(relationship.documentSlug), errors);
        if (errors.isEmpty() && quotes != null) {
            ClaimQuotes.replace(relationship.claim(), relationship.documentSlug, quotes);
        }
        return errors.list();
    }

    @Transactional
    public RelationshipPayload addSource(AddSourceInput input, Writer writer) {
        Edits.Edited<Relationship> edited = edits.edit(KIND, input.id, input.version, writer,
                relationship -> Corroborations.add(relationship.claim(), relationship.documentSlug, relationship.status, true, input));
        return new RelationshipPayload(edited.node(), edited.userErrors());
    }

    @Transactional
    public RelationshipPayload removeSource(RemoveSourceInput input, Writer writer) {
        Edits.Edited<Relationship> edited = edits.edit(KIND, input.id, input.version, writer,
                relationship -> Corroborations.remove(relationship.claim(), relationship.documentSlug, input));
        return new RelationshipPayload(edited.node(), edited.userErrors());
    }

    /** Folds a relationship found to be another reported again into it: its reports become the survivor's sources. */
    @Transactional
    public RelationshipPayload merge(MergeInput input, Writer writer) {
        Merging.Merged<Relationship> merged = merging.merge(KIND, Relationship::delete, input, writer);
        return new RelationshipPayload(merged.survivor(), merged.userErrors());
    }

    @Transactional
    public RelationshipPayload retract(RetractInput input, Writer writer) {
        Retractions.Retracted<Relationship> retracted = retractions.retract(KIND, relationship -> {
            ClaimQuotes.removeAll(List.of(relationship.claim()));
            relationship.delete();
        }, input, writer);
        return new RelationshipPayload(retracted.current(), retracted.userErrors());
    }

    /** Relationships as the shared procedures find, version and remember them. */
    private static final Versioned<Relationship> KIND = new Versioned<>(Relationship.TYPE, slug -> Relationship.findById(slug),
            relationship -> relationship.version, relationship -> relationship.version++, RelationshipWrites::fields);

    /**
     * Checks what the input gives and sets it on {@code relationship} (a new one, or a copy until all is well);
     * answers the quotes found, or null when none are given.
     */
    private static List<ClaimQuotes.Span> check(Relationship relationship, EditRelationshipInput input, Document document,
            InputErrors errors) {
        if (input.subject != null) {
            relationship.subjectRef = Parties.reference(input.subject, field("subject"), errors);
        }
        if (input.object != null) {
            relationship.objectRef = Parties.reference(input.object, field("object"), errors);
        }
        if (input.via != null) {
            relationship.viaSlug = errors.reference(input.via, Organisation.TYPE, field("via"), Organisation::exists,
                    "name an organisation of the graph.");
        }
        if (input.place != null) {
            relationship.placeSlug = errors.reference(input.place, Place.TYPE, field("place"), Place::exists,
                    "name a place of the graph.");
        }
        if (input.description != null) {
            input.description.check("description", DESCRIPTION_CHARACTERS, errors);
            relationship.descriptionEn = input.description.english();
            relationship.descriptionAr = input.description.arabic();
        }
        ClaimDates.Span dates = ClaimDates.span(relationship.start, relationship.end, input.start, input.end,
                document == null ? null : document.publishedOn, relationship.status, errors);
        relationship.start = dates.start();
        relationship.end = dates.end();
        return input.quotes == null || document == null ? null
                : ClaimQuotes.resolve(document.text, input.quotes, field("quotes"), errors);
    }

    /** subject-kind-object, e.g. russia-military-support-libyan-national-army. */
    private static String madeSlug(Relationship relationship) {
        String kind = relationship.kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
        String subject = relationship.subjectRef == null ? "relationship" : relationship.subjectRef.slug();
        return relationship.objectRef == null ? subject + "-" + kind : subject + "-" + kind + "-" + relationship.objectRef.slug();
    }

    /** What the history keeps of a relationship: every field and its quotes. */
    private static Map<String, Object> fields(Relationship relationship) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("document", GlobalId.of(Document.TYPE, relationship.documentSlug));
        fields.put("kind", relationship.kind.name());
        fields.put("status", relationship.status.name());
        fields.put("subject", Parties.id(relationship.subjectRef));
        fields.put("object", relationship.objectRef == null ? null : Parties.id(relationship.objectRef));
        fields.put("via", relationship.viaSlug == null ? null : GlobalId.of(Organisation.TYPE, relationship.viaSlug));
        fields.put("place", relationship.placeSlug == null ? null : GlobalId.of(Place.TYPE, relationship.placeSlug));
        Map<String, Object> description = new LinkedHashMap<>();
        description.put("en", relationship.descriptionEn);
        description.put("ar", relationship.descriptionAr);
        fields.put("description", description);
        fields.put("start", ClaimDates.fields(relationship.start));
        fields.put("end", ClaimDates.fields(relationship.end));
        fields.put("quotes", ClaimQuotes.fields(List.of(relationship.claim())).getOrDefault(relationship.claim(), List.of()));
        putSources(fields, relationship.claim());
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
