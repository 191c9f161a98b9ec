package org.majlis.actor;

import static org.majlis.graphql.InputErrors.field;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.majlis.auth.Writer;
import org.majlis.change.ChangeKind;
import org.majlis.change.ChangeLog;
import org.majlis.change.Edits;
import org.majlis.change.Versioned;
import org.majlis.date.DateInput;
import org.majlis.document.Document;
import org.majlis.evidence.AddSourceInput;
import org.majlis.evidence.ClaimDates;
import org.majlis.evidence.ClaimQuotes;
import org.majlis.evidence.Corroborations;
import org.majlis.evidence.QuoteInput;
import org.majlis.evidence.RemoveSourceInput;
import org.majlis.evidence.RetractInput;
import org.majlis.evidence.Retractions;
import org.majlis.evidence.Sources;
import org.majlis.graphql.GlobalId;
import org.majlis.graphql.InputErrors;
import org.majlis.graphql.UserError;
import org.majlis.label.MergeInput;
import org.majlis.label.Merging;
import org.majlis.label.TextInput;
import org.majlis.organisation.Organisation;

/**
 * Adds, edits and retracts roles, by the rules the seeds obey (references that resolve, quotes in the document,
 * {@link ClaimDates}), one writer at a time ({@link ChangeLog#begin()}), the role and its change together or nothing.
 */
@ApplicationScoped
public class RoleWrites {

    /** The input's fields, the figure the cost estimate takes for a payload's userErrors (one problem a field). */
    static final int INPUT_FIELDS = 11;

    // The columns' widths (V1__knowledge_graph.sql): refused as TOO_LONG, never a database error.
    private static final int TITLE_CHARACTERS = 500;

    private final ChangeLog changes;
    private final Edits edits;
    private final Retractions retractions;
    private final Merging merging;

    RoleWrites(ChangeLog changes, Edits edits, Retractions retractions, Merging merging) {
        this.changes = changes;
        this.edits = edits;
        this.retractions = retractions;
        this.merging = merging;
    }

    @Transactional
    public RolePayload add(AddRoleInput input, Writer writer) {
        InputErrors errors = new InputErrors();
        Document document = Document.named(input.document, errors);
        if (input.key != null && !input.key.matches(GlobalId.SLUG_PATTERN)) {
            errors.add("INVALID", field("key"), "The key " + GlobalId.SLUG_MESSAGE + ", e.g. former-post.");
        }
        String actor = errors.reference(input.actor, Actor.TYPE, field("actor"), Actor::exists,
                "name one of the graph, or add them first (addActor).");
        String organisation = input.organisation == null ? null : errors.reference(input.organisation,
                Organisation.TYPE, field("organisation"), Organisation::exists, "name an organisation of the graph.");
        Role role = new Role();
        role.status = input.status;
        role.acting = Boolean.TRUE.equals(input.acting);
        role.current = input.current;
        List<ClaimQuotes.Span> quotes = check(role, input.title, input.start, input.end, input.quotes, document, errors);
        if (!errors.isEmpty()) {
            return new RolePayload(null, errors.list());
        }
        role.slug = Role.slugOf(document.slug, input.key, actor, organisation);
        changes.begin();
        if (Role.findById(role.slug) != null) {
            return new RolePayload(null, List.of(new UserError("TAKEN", field(input.key == null ? "actor" : "key"),
                    role.getId() + " already exists: " + (input.key == null ? "the document reports this actor in this "
                            + "organisation already; give the new role a key (e.g. former-post) to tell them apart."
                            : "give the new role another key."))));
        }
        role.actorSlug = actor;
        role.organisationSlug = organisation;
        role.documentSlug = document.slug;
        role.ordinal = Role.nextOrdinal(document.slug);
        role.persist();
        ClaimQuotes.write(role.claim(), document.slug, quotes);
        changes.record(role.getId(), ChangeKind.CREATED, role.version, writer, null, fields(role));
        return new RolePayload(role, List.of());
    }

    @Transactional
    public RolePayload edit(EditRoleInput input, Writer writer) {
        Edits.Edited<Role> edited = edits.edit(KIND, input.id, input.version, writer, role -> change(role, input));
        return new RolePayload(edited.node(), edited.userErrors());
    }

    /** Sets what the input changes on the role; the problems with it, if any, roll the edit back (Edits). */
    private static List<UserError> change(Role role, EditRoleInput input) {
        InputErrors errors = new InputErrors();
        if (input.status != null) {
            role.status = input.status;
        }
        if (input.acting != null) {
            role.acting = input.acting;
        }
        if (input.current != null) {
            role.current = input.current;
        }
        List<ClaimQuotes.Span> quotes = check(role, input.title, input.start, input.end, input.quotes,
                Document.findById(role.documentSlug), errors);
        if (errors.isEmpty() && input.quotes != null) {
            ClaimQuotes.replace(role.claim(), role.documentSlug, quotes);
        }
        return errors.list();
    }

    @Transactional
    public RolePayload addSource(AddSourceInput input, Writer writer) {
        Edits.Edited<Role> edited = edits.edit(KIND, input.id, input.version, writer,
                role -> Corroborations.add(role.claim(), role.documentSlug, role.status, false, input));
        return new RolePayload(edited.node(), edited.userErrors());
    }

    @Transactional
    public RolePayload removeSource(RemoveSourceInput input, Writer writer) {
        Edits.Edited<Role> edited = edits.edit(KIND, input.id, input.version, writer,
                role -> Corroborations.remove(role.claim(), role.documentSlug, input));
        return new RolePayload(edited.node(), edited.userErrors());
    }

    /** Folds a role found to be another reported again into it: its reports become the survivor's sources. */
    @Transactional
    public RolePayload merge(MergeInput input, Writer writer) {
        Merging.Merged<Role> merged = merging.merge(KIND, Role::delete, input, writer);
        return new RolePayload(merged.survivor(), merged.userErrors());
    }

    @Transactional
    public RolePayload retract(RetractInput input, Writer writer) {
        Retractions.Retracted<Role> retracted = retractions.retract(KIND, role -> {
            ClaimQuotes.removeAll(List.of(role.claim()));
            role.delete();
        }, input, writer);
        return new RolePayload(retracted.current(), retracted.userErrors());
    }

    /** Roles as the shared procedures find, version and remember them. */
    private static final Versioned<Role> KIND = new Versioned<>(Role.TYPE, slug -> Role.findById(slug), role -> role.version,
            role -> role.version++, RoleWrites::fields);

    /**
     * Checks what the input changes and sets it on the role (a new one, or the one an edit changes): the title, the
     * dates against the document's publication and each other; answers the quotes found (empty when none are given).
     */
    private static List<ClaimQuotes.Span> check(Role role, TextInput title, DateInput start, DateInput end,
            List<QuoteInput> quotes, Document document, InputErrors errors) {
        if (title != null) {
            title.check("title", TITLE_CHARACTERS, errors);
            if (title.en != null && !title.en.isBlank()) {
                role.titleEn = title.english();
                role.titleAr = title.arabic();
            }
        }
        ClaimDates.Span dates = ClaimDates.span(role.start, role.end, start, end,
                document == null ? null : document.publishedOn, role.status, errors);
        role.start = dates.start();
        role.end = dates.end();
        return quotes == null || document == null ? List.of()
                : ClaimQuotes.resolve(document.text, quotes, field("quotes"), errors);
    }

    /** What the history keeps of a role: every field and its quotes. */
    private static Map<String, Object> fields(Role role) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("document", GlobalId.of(Document.TYPE, role.documentSlug));
        fields.put("actor", GlobalId.of(Actor.TYPE, role.actorSlug));
        fields.put("organisation", role.organisationSlug == null ? null : GlobalId.of(Organisation.TYPE, role.organisationSlug));
        Map<String, Object> title = new LinkedHashMap<>();
        title.put("en", role.titleEn);
        title.put("ar", role.titleAr);
        fields.put("title", title);
        fields.put("acting", role.acting);
        fields.put("current", role.current);
        fields.put("status", role.status.name());
        fields.put("start", ClaimDates.fields(role.start));
        fields.put("end", ClaimDates.fields(role.end));
        fields.put("quotes", ClaimQuotes.fields(List.of(role.claim())).getOrDefault(role.claim(), List.of()));
        putSources(fields, role.claim());
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
