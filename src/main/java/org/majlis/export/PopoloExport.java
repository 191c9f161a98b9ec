package org.majlis.export;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.majlis.actor.Actor;
import org.majlis.actor.Role;
import org.majlis.date.FuzzyDate;
import org.majlis.evidence.Disagreement;
import org.majlis.evidence.Evidence;
import org.majlis.evidence.Sources;
import org.majlis.graphql.Batch;
import org.majlis.graphql.GlobalId;
import org.majlis.label.Label;
import org.majlis.label.LabelService;
import org.majlis.organisation.Organisation;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * The people and organisations as Popolo JSON (persons, organizations, posts, memberships), the format of
 * EveryPolitician and of the Popolo tools. A post is a position (an organisation and an English title) that roles
 * are held in; a membership is one role as a source reports it, with Majlis's qualifiers beside Popolo's fields:
 * {@code acting}, {@code current}, {@code status}, the source's dates and the quotes. Names in every language are
 * other_names with {@code lang} and the note {@code multilingual}, as EveryPolitician writes them; other spellings
 * have the note {@code alias}.
 */
@ApplicationScoped
class PopoloExport {

    private final LabelService labels;

    PopoloExport(LabelService labels) {
        this.labels = labels;
    }

    Download people() {
        return new Download("application/json", "majlis-popolo.json", this::write);
    }

    static String postId(String organisationSlug, String titleEn) {
        return "Post:" + organisationSlug + ":" + URLEncoder.encode(titleEn, StandardCharsets.UTF_8);
    }

    private void write(OutputStream out) throws IOException {
        try (JsonGenerator g = JsonParts.generator(out)) {
            g.writeStartObject();
            JsonParts.licence(g);
            g.writeArrayFieldStart("persons");
            Pages.each(Actor.class, "slug", a -> a.slug, rows -> rows, page -> JsonParts.unchecked(() -> {
                for (Actor actor : page) {
                    g.writeStartObject();
                    named(g, actor.getId());
                    g.writeEndObject();
                }
            }));
            g.writeEndArray();
            g.writeArrayFieldStart("organizations");
            Pages.each(Organisation.class, "slug", o -> o.slug, rows -> rows, page -> JsonParts.unchecked(() -> {
                for (Organisation organisation : page) {
                    organization(g, organisation);
                }
            }));
            g.writeEndArray();
            g.writeArrayFieldStart("posts");
            Pages.<Object[], Object[], List<Object[]>> each(after -> after == null ? Role.positions(null, null, Pages.SIZE)
                    : Role.positions((String) after[0], (String) after[1], Pages.SIZE), row -> row, rows -> rows,
                    page -> JsonParts.unchecked(() -> {
                        for (Object[] position : page) {
                            post(g, (String) position[0], (String) position[1], (String) position[2]);
                        }
                    }));
            g.writeEndArray();
            g.writeArrayFieldStart("memberships");
            Pages.each(Role.class, "slug", r -> r.slug,
                    Roles::load,
                    page -> JsonParts.unchecked(() -> {
                        for (int i = 0; i < page.roles.size(); i++) {
                            membership(g, page, i);
                        }
                    }));
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    /**
     * A page of roles with their evidence and its documents' citations, and where their sources disagree: three
     * queries for the page.
     */
    private record Roles(List<Role> roles, List<List<Evidence>> evidence, Citations citations,
            List<List<Disagreement>> disagreements) {
        static Roles load(List<Role> rows) {
            List<List<Evidence>> evidence = Batch.many(rows, Role::claim, Evidence::forClaims, e -> e.claim);
            return new Roles(rows, evidence, Citations.of(evidence), Sources.disagreements(rows, Role::claim, Role::ownSource));
        }
    }

    /** id, name (English) and other_names: every name in its language, then the other spellings. */
    private void named(JsonGenerator g, String id) throws IOException {
        g.writeStringField("id", id);
        g.writeStringField("name", labels.name(id, "en"));
        g.writeArrayFieldStart("other_names");
        for (boolean aliases : new boolean[] { false, true }) {
            for (Label label : labels.labels(id, aliases)) {
                g.writeStartObject();
                g.writeStringField("name", label.text);
                g.writeStringField("lang", label.lang);
                g.writeStringField("note", aliases ? "alias" : "multilingual");
                if (label.background) {
                    g.writeBooleanField("background", true); // general knowledge, not a spelling the sources use
                }
                g.writeEndObject();
            }
        }
        g.writeEndArray();
    }

    private void organization(JsonGenerator g, Organisation organisation) throws IOException {
        g.writeStartObject();
        named(g, organisation.getId());
        g.writeStringField("classification", organisation.kind.name().toLowerCase(Locale.ROOT));
        if (organisation.parentSlug != null) {
            g.writeStringField("parent_id", GlobalId.of(Organisation.TYPE, organisation.parentSlug));
        }
        g.writeEndObject();
    }

    private static void post(JsonGenerator g, String organisationSlug, String titleEn, String titleAr) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", postId(organisationSlug, titleEn));
        g.writeStringField("label", titleEn);
        if (titleAr != null) {
            g.writeArrayFieldStart("other_label");
            g.writeString(titleAr);
            g.writeEndArray();
        }
        g.writeStringField("role", titleEn);
        g.writeStringField("organization_id", GlobalId.of(Organisation.TYPE, organisationSlug));
        g.writeEndObject();
    }

    private static void membership(JsonGenerator g, Roles page, int i) throws IOException {
        Role role = page.roles.get(i);
        g.writeStartObject();
        g.writeStringField("id", role.claim());
        g.writeStringField("person_id", GlobalId.of(Actor.TYPE, role.actorSlug));
        if (role.organisationSlug != null) {
            g.writeStringField("organization_id", GlobalId.of(Organisation.TYPE, role.organisationSlug));
            g.writeStringField("post_id", postId(role.organisationSlug, role.titleEn));
        }
        g.writeStringField("role", role.titleEn);
        popoloDate(g, "start_date", role.start);
        popoloDate(g, "end_date", role.end);
        g.writeBooleanField("acting", role.acting);
        g.writeBooleanField("current", role.current);
        g.writeStringField("status", role.status.name());
        JsonParts.date(g, "start", role.start);
        JsonParts.date(g, "end", role.end);
        JsonParts.quotes(g, "quotes", page.evidence.get(i), page.citations);
        JsonParts.sources(g, page.evidence.get(i), page.disagreements.get(i));
        g.writeEndObject();
    }

    /** Popolo's dates are one reduced-precision ISO date: an interval (2019/2020) is left to the start and end fields. */
    private static void popoloDate(JsonGenerator g, String field, FuzzyDate date) throws IOException {
        if (date != null && !date.iso.contains("/")) {
            g.writeStringField(field, date.iso);
        }
    }
}
