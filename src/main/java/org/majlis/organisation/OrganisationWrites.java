package org.majlis.organisation;

import static org.majlis.graphql.InputErrors.field;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.majlis.auth.Writer;
import org.majlis.change.ChangeKind;
import org.majlis.change.ChangeLog;
import org.majlis.change.Edits;
import org.majlis.change.Versioned;
import org.majlis.graphql.GlobalId;
import org.majlis.graphql.InputErrors;
import org.majlis.graphql.UserError;
import org.majlis.label.Background;
import org.majlis.label.Labels;
import org.majlis.label.MergeInput;
import org.majlis.label.Merging;
import org.majlis.place.Place;

/**
 * Adds organisations and edits them, by the seeds' rules (names, a country's code, a parent that exists and makes no
 * cycle, background fields the type allows), one writer at a time ({@link ChangeLog#begin()}).
 */
@ApplicationScoped
public class OrganisationWrites {

    /** The input's fields, the figure the cost estimate takes for a payload's userErrors (one problem a field). */
    static final int INPUT_FIELDS = 8;


    private final ChangeLog changes;
    private final Edits edits;
    private final Merging merging;

    OrganisationWrites(ChangeLog changes, Edits edits, Merging merging) {
        this.changes = changes;
        this.edits = edits;
        this.merging = merging;
    }

    /** Organisations as the shared procedures find, version and remember them. */
    private static final Versioned<Organisation> KIND = new Versioned<>(Organisation.TYPE,
            slug -> Organisation.findById(slug), organisation -> organisation.version,
            organisation -> organisation.version++, OrganisationWrites::fields);

    @Transactional
    public OrganisationPayload add(AddOrganisationInput input, Writer writer) {
        InputErrors errors = new InputErrors();
        Labels.check(input.names, input.aliases, errors);
        String slug = Labels.newSlug(input.slug, input.names, "government-of-national-unity", errors);
        Organisation organisation = new Organisation();
        organisation.kind = input.kind;
        EditOrganisationInput given = new EditOrganisationInput();
        given.country = input.country;
        given.parent = input.parent;
        given.background = input.background;
        check(organisation, slug, given, errors);
        if (!errors.isEmpty()) {
            return new OrganisationPayload(null, errors.list());
        }
        changes.begin();
        if (Organisation.findById(slug) != null) {
            return new OrganisationPayload(null, List.of(new UserError("TAKEN", field("slug"), GlobalId.of(Organisation.TYPE,
                    slug) + " already exists: if it is the same body, name it; if not, give a slug of its own.")));
        }
        organisation.slug = slug;
        organisation.persist();
        Labels.write(organisation.getId(), input.names, input.aliases == null ? List.of() : input.aliases);
        changes.record(organisation.getId(), ChangeKind.CREATED, organisation.version, writer, null, fields(organisation));
        return new OrganisationPayload(organisation, List.of());
    }

    @Transactional
    public OrganisationPayload edit(EditOrganisationInput input, Writer writer) {
        Edits.Edited<Organisation> edited = edits.edit(KIND, input.id, input.version, writer, organisation -> {
            InputErrors errors = new InputErrors();
            Labels.check(input.names, input.aliases, errors);
            if (input.kind != null) {
                organisation.kind = input.kind;
            }
            check(organisation, organisation.slug, input, errors);
            if (errors.isEmpty()) {
                Labels.write(organisation.getId(), input.names, input.aliases);
            }
            return errors.list();
        });
        return new OrganisationPayload(edited.node(), edited.userErrors());
    }

    /**
     * Folds one organisation into another: every claim, document and part that names it names the survivor (a role
     * named after it takes the id its rule now makes), its spellings become the survivor's aliases, and its id and the
     * roles' old ids answer as the new ones. Refused, with nothing changed, when two claims would become one or when
     * one is part of the other.
     */
    @Transactional
    public OrganisationPayload merge(MergeInput input, Writer writer) {
        Merging.Merged<Organisation> merged = merging.merge(KIND, Organisation::delete, input, writer);
        return new OrganisationPayload(merged.survivor(), merged.userErrors());
    }

    /** Checks the country, the parent (which must exist and not lead back here) and the background fields. */
    private static void check(Organisation organisation, String slug, EditOrganisationInput input, InputErrors errors) {
        if (input.country != null) {
            Place.checkCountry(input.country, "country", "country", errors);
            organisation.country = input.country;
        }
        if (input.parent != null) {
            organisation.parentSlug = errors.reference(input.parent, Organisation.TYPE, field("parent"),
                    Organisation::exists, "name an organisation of the graph.");
            String cycle = cycle(slug, organisation.parentSlug);
            if (cycle != null) {
                errors.add("INVALID", field("parent"), "Parent cycle: " + cycle + ".");
            }
        }
        if (input.background != null) {
            Background.check(input.background, Organisation.BACKGROUND_FIELDS, errors);
            organisation.background = Background.column(input.background);
        }
    }

    /** The chain from the organisation up through its parents, when it comes back to it; null when it does not. */
    private static String cycle(String slug, String parent) {
        Set<String> chain = new LinkedHashSet<>();
        chain.add(slug);
        for (String p = parent; p != null; ) {
            if (!chain.add(p)) {
                return String.join(" → ", chain) + " → " + p;
            }
            Organisation next = Organisation.findById(p);
            p = next == null ? null : next.parentSlug;
        }
        return null;
    }

    /** What the history keeps of an organisation: its names, kind, country, parent and background fields. */
    private static Map<String, Object> fields(Organisation organisation) {
        Map<String, Object> fields = new LinkedHashMap<>(Labels.fields(organisation.getId()));
        fields.put("kind", organisation.kind.name());
        fields.put("country", organisation.country);
        fields.put("parent", organisation.parentSlug == null ? null : GlobalId.of(Organisation.TYPE, organisation.parentSlug));
        fields.put("background", Background.fields(organisation.background));
        return fields;
    }
}
