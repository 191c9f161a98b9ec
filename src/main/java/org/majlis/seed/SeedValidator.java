package org.majlis.seed;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.majlis.actor.Actor;
import org.majlis.date.FuzzyDate;
import org.majlis.evidence.ClaimDates;
import org.majlis.evidence.ClaimStatus;
import org.majlis.evidence.Quotes;
import org.majlis.evidence.Suggestions;
import org.majlis.label.Background;
import org.majlis.label.LabelRules;
import org.majlis.meeting.Meeting;
import org.majlis.meeting.Statement;
import org.majlis.organisation.Organisation;
import org.majlis.place.Place;
import org.majlis.presence.MilitaryPresence;
import org.majlis.relationship.Relationship;
import org.majlis.seed.SeedFiles.DateSeed;
import org.majlis.seed.SeedFiles.EvidenceSeed;
import org.majlis.seed.SeedFiles.LabelSeed;
import org.majlis.seed.SeedFiles.MeetingSeed;
import org.majlis.seed.SeedFiles.OrganisationSeed;
import org.majlis.seed.SeedFiles.ParticipationSeed;
import org.majlis.seed.SeedFiles.PartySeed;
import org.majlis.seed.SeedFiles.PresenceSeed;
import org.majlis.seed.SeedFiles.RelationshipSeed;
import org.majlis.seed.SeedFiles.RoleSeed;
import org.majlis.seed.SeedFiles.SourceSeed;
import org.majlis.seed.SeedFiles.StatementSeed;

/**
 * Checks a seed set as a whole, after each file's shape passed: unique slugs and claim keys ({@link ClaimKeys}),
 * references that resolve, quotes that stand in their document, dates that parse and do not run ahead of their source.
 */
public final class SeedValidator {


    private final List<SeedError> errors;
    private final Map<String, Definition> actors = new HashMap<>();
    private final Map<String, Definition> organisations = new HashMap<>();
    private final Map<String, Definition> places = new HashMap<>();
    private final Map<String, Definition> claims = new HashMap<>();
    /** Every claim a further document may report, by id: Meeting:<slug>, Role:<document>.<key>, ... */
    private final Map<String, Reportable> reportable = new HashMap<>();
    /** Each document's checks, kept for the second pass: the sources, which may name a claim of any document. */
    private final List<Claims> documents = new ArrayList<>();
    private final boolean complete;

    private SeedValidator(List<SeedError> errors, boolean complete) {
        this.errors = errors;
        this.complete = complete;
    }

    public static void validate(SeedSet seeds, List<SeedError> errors) {
        new SeedValidator(errors, seeds.entitiesComplete()).check(seeds);
    }

    private void check(SeedSet seeds) {
        for (SeedSet.Entities file : seeds.entities()) {
            entities(file.tree(), file.file());
        }
        for (SeedSet.Entities file : seeds.entities()) {
            parents(file.tree(), file.file().organisations(), seeds);
        }
        for (SeedSet.Doc doc : seeds.documents()) {
            document(doc);
        }
        for (Claims document : documents) {
            each(document.doc.file().sources(), "/sources", document::source);
        }
    }

    private void entities(YamlTree tree, SeedFiles.EntitiesFile file) {
        each(file.actors(), "/actors", (actor, at) -> {
            define(actors, "actor", actor.slug(), tree, at);
            labels(tree, at, actor.names(), actor.aliases());
            background(tree, at, actor.background(), Actor.BACKGROUND_FIELDS);
        });
        each(file.organisations(), "/organisations", (organisation, at) -> {
            define(organisations, "organisation", organisation.slug(), tree, at);
            labels(tree, at, organisation.names(), organisation.aliases());
            background(tree, at, organisation.background(), Organisation.BACKGROUND_FIELDS);
        });
        each(file.places(), "/places", (place, at) -> {
            define(places, "place", place.slug(), tree, at);
            labels(tree, at, place.names(), place.aliases());
            background(tree, at, place.background(), Place.BACKGROUND_FIELDS);
            String coordinates = Place.coordinatesProblem(place.latitude(), place.longitude());
            if (coordinates != null) {
                errors.add(tree.error(at, coordinates));
            }
        });
    }

    private void parents(YamlTree tree, List<OrganisationSeed> list, SeedSet seeds) {
        Map<String, String> parentOf = new HashMap<>();
        for (SeedSet.Entities file : seeds.entities()) {
            each(file.file().organisations(), "", (o, at) -> parentOf.put(o.slug(), o.parent()));
        }
        each(list, "/organisations", (organisation, at) -> {
            if (organisation.parent() == null) {
                return;
            }
            if (reference(organisations, "organisation", organisation.parent(), tree, at + "/parent")) {
                Set<String> chain = new LinkedHashSet<>();
                chain.add(organisation.slug());
                for (String p = organisation.parent(); p != null; p = parentOf.get(p)) {
                    if (!chain.add(p)) {
                        errors.add(tree.error(at + "/parent", "parent cycle: " + String.join(" → ", chain) + " → " + p));
                        return;
                    }
                }
            }
        });
    }

    private void labels(YamlTree tree, String at, List<LabelSeed> names, List<LabelSeed> aliases) {
        for (LabelRules.Problem problem : LabelRules.check(spellings(names), spellings(aliases))) {
            String list = at + (problem.alias() ? "/aliases" : "/names");
            errors.add(tree.error(problem.index() < 0 ? list : YamlTree.child(list, problem.index()), problem.message()));
        }
    }

    private static List<LabelRules.Spelling> spellings(List<LabelSeed> labels) {
        return labels == null ? null : labels.stream()
                .map(label -> label == null ? null : new LabelRules.Spelling(label.lang(), label.text())).toList();
    }

    private void background(YamlTree tree, String at, List<String> fields, Set<String> allowed) {
        each(fields, at + "/background", (field, fieldAt) -> {
            String problem = Background.problem(field, allowed);
            if (problem != null) {
                errors.add(tree.error(fieldAt, problem));
            }
        });
    }

    private void document(SeedSet.Doc doc) {
        YamlTree tree = doc.tree();
        SeedFiles.DocumentSeed meta = doc.file().document();
        LocalDate published = null;
        if (meta != null && meta.publishedOn() != null) {
            try {
                published = LocalDate.parse(meta.publishedOn());
            } catch (DateTimeParseException e) {
                errors.add(tree.error("/document/publishedOn", "'" + meta.publishedOn() + "' is not a date: write YYYY-MM-DD"));
            }
        }
        if (meta != null && meta.publisherOrganisation() != null) {
            reference(organisations, "organisation", meta.publisherOrganisation(), tree, "/document/publisherOrganisation");
        }
        Claims context = new Claims(doc, published);
        documents.add(context);
        each(doc.file().roles(), "/roles", context::role);
        each(doc.file().meetings(), "/meetings", context::meeting);
        each(doc.file().militaryPresences(), "/militaryPresences", context::presence);
        each(doc.file().relationships(), "/relationships", context::relationship);
    }

    /** The checks of one document's claims, which share its text and publication date. */
    private final class Claims {
        private final SeedSet.Doc doc;
        private final YamlTree tree;
        private final LocalDate published;
        /** The slugs given to this document's roles and statements, and where each was first given. */
        private final Map<String, Definition> keys = new HashMap<>();

        Claims(SeedSet.Doc doc, LocalDate published) {
            this.doc = doc;
            this.tree = doc.tree();
            this.published = published;
        }

        void role(RoleSeed role, String at) {
            if (role.actor() != null) { // else reported as missing by Bean Validation
                String id = "Role:" + ClaimKeys.role(doc.slug(), role);
                unique(keys, id, role.key() == null ? at : at + "/key", "another role of this document is also " + id,
                        role.key() == null ? "same actor and organisation; give one of them a key (a slug, e.g. key: "
                                + "former-post) to tell them apart" : "give it another key");
                reportable.putIfAbsent(id, new Reportable(doc.slug(), role.status(), false));
            }
            reference(actors, "actor", role.actor(), tree, at + "/actor");
            optional(organisations, "organisation", role.organisation(), at + "/organisation");
            FuzzyDate start = date(role.start(), role.status(), at + "/start");
            FuzzyDate end = date(role.end(), role.status(), at + "/end");
            order(start, end, at + "/end");
            evidence(role.evidence(), at);
        }

        void meeting(MeetingSeed meeting, String at) {
            define(claims, "meeting, presence or relationship", meeting.slug(), tree, at);
            reportable(Meeting.TYPE, meeting.slug(), meeting.status());
            date(meeting.date(), meeting.status(), at + "/date");
            optional(places, "place", meeting.place(), at + "/place");
            Map<String, Definition> participants = new HashMap<>();
            each(meeting.participants(), at + "/participants", (participation, participationAt) -> {
                if (participation.actor() != null) {
                    unique(participants, participation.actor(), participationAt + "/actor",
                            "'" + participation.actor() + "' already takes part in this meeting",
                            "an actor takes part in a meeting once: list all their quotes under one entry");
                }
                participation(participation, participationAt);
            });
            each(meeting.statements(), at + "/statements", this::statement);
            evidence(meeting.evidence(), at);
        }

        void participation(ParticipationSeed participation, String at) {
            reference(actors, "actor", participation.actor(), tree, at + "/actor");
            optional(organisations, "organisation", participation.onBehalfOf(), at + "/onBehalfOf");
            evidence(participation.evidence(), at);
        }

        void statement(StatementSeed statement, String at) {
            optional(actors, "actor", statement.speaker(), at + "/speaker");
            optional(organisations, "organisation", statement.organisation(), at + "/organisation");
            optional(organisations, "organisation", statement.reportedBy(), at + "/reportedBy");
            String key = ClaimKeys.statement(doc.slug(), statement, doc.text());
            if (key != null) {
                unique(keys, "Statement:" + key, statement.key() == null ? at : at + "/key",
                        "another statement of this document is also Statement:" + key,
                        statement.key() == null ? "their earliest quotes start at the same place; give one of them a "
                                + "key (a slug, e.g. key: lavrov-on-elections) to tell them apart" : "give it another key");
            }
            String who = Statement.whoSaidIt(statement.speaker(), statement.organisation(), statement.reportedBy());
            if (who != null) {
                errors.add(tree.error(at, who));
            }
            evidence(statement.evidence(), at);
        }

        void presence(PresenceSeed presence, String at) {
            define(claims, "meeting, presence or relationship", presence.slug(), tree, at);
            reportable(MilitaryPresence.TYPE, presence.slug(), presence.status());
            reference(organisations, "organisation", presence.force(), tree, at + "/force");
            optional(organisations, "organisation", presence.sponsor(), at + "/sponsor");
            each(presence.supports(), at + "/supports", this::party);
            optional(places, "place", presence.place(), at + "/place");
            FuzzyDate start = date(presence.start(), presence.status(), at + "/start");
            FuzzyDate end = date(presence.end(), presence.status(), at + "/end");
            order(start, end, at + "/end");
            evidence(presence.evidence(), at);
        }

        void relationship(RelationshipSeed relationship, String at) {
            define(claims, "meeting, presence or relationship", relationship.slug(), tree, at);
            reportable(Relationship.TYPE, relationship.slug(), relationship.status());
            party(relationship.subject(), at + "/subject");
            if (relationship.object() != null) {
                party(relationship.object(), at + "/object");
            }
            optional(organisations, "organisation", relationship.via(), at + "/via");
            optional(places, "place", relationship.place(), at + "/place");
            FuzzyDate start = date(relationship.start(), relationship.status(), at + "/start");
            FuzzyDate end = date(relationship.end(), relationship.status(), at + "/end");
            order(start, end, at + "/end");
            evidence(relationship.evidence(), at);
        }

        void reportable(String type, String slug, ClaimStatus status) {
            if (slug != null) {
                reportable.putIfAbsent(type + ":" + slug, new Reportable(doc.slug(), status, true));
            }
        }

        /**
         * This document's report of a claim of another: the claim defined, by another document, once per document;
         * its place, date and quotes checked as a claim's own are, in this document.
         */
        void source(SourceSeed source, String at) {
            Reportable claim = source.claim() == null ? null : reportable.get(source.claim());
            if (claim == null && complete && source.claim() != null && source.claim().matches(SeedFiles.SOURCE_CLAIM)) {
                errors.add(tree.error(at + "/claim", "unknown claim '" + source.claim() + "': no document of the seeds "
                        + "defines it" + Suggestions.slugs(reportable.keySet(), source.claim())));
            } else if (claim != null && claim.document().equals(doc.slug())) {
                errors.add(tree.error(at + "/claim", source.claim() + " is this document's own claim: list these "
                        + "quotes under the claim itself"));
            } else if (claim != null) {
                unique(keys, "source " + source.claim(), at + "/claim", "this document already reports "
                        + source.claim(), "list all its quotes under one entry");
            }
            if (source.place() != null && claim != null && !claim.placed()) {
                errors.add(tree.error(at + "/place", "a role has no place: leave place out"));
            } else {
                optional(places, "place", source.place(), at + "/place");
            }
            ClaimStatus status = source.status() != null ? source.status() : claim == null ? null : claim.status();
            date(source.date(), status, at + "/date");
            evidence(source.evidence(), at);
            boolean meeting = source.claim() == null || source.claim().startsWith(Meeting.TYPE + ":");
            if (source.participants() != null && !meeting) {
                errors.add(tree.error(at + "/participants", "only a meeting's report has participants"));
            } else {
                Map<String, Definition> participants = new HashMap<>();
                each(source.participants(), at + "/participants", (participation, participationAt) -> {
                    if (participation.actor() != null) {
                        unique(participants, participation.actor(), participationAt + "/actor",
                                "'" + participation.actor() + "' is already quoted in this report",
                                "list all their quotes under one entry");
                    }
                    participation(participation, participationAt);
                });
            }
            if (source.statements() != null && !meeting) {
                errors.add(tree.error(at + "/statements", "only a meeting's report has statements"));
            } else {
                each(source.statements(), at + "/statements", this::statement);
            }
        }

        void party(PartySeed party, String at) {
            if (party == null) {
                return;
            }
            if ((party.actor() == null) == (party.organisation() == null)) {
                errors.add(tree.error(at, "name exactly one of actor and organisation"));
            } else if (party.actor() != null) {
                reference(actors, "actor", party.actor(), tree, at + "/actor");
            } else {
                reference(organisations, "organisation", party.organisation(), tree, at + "/organisation");
            }
        }

        void optional(Map<String, Definition> registry, String kind, String slug, String at) {
            if (slug != null) {
                reference(registry, kind, slug, tree, at);
            }
        }

        FuzzyDate date(DateSeed date, ClaimStatus status, String at) {
            if (date == null || date.iso() == null) {
                return null;
            }
            try {
                FuzzyDate parsed = FuzzyDate.parse(date.iso(), date.text());
                String ahead = ClaimDates.aheadOfSource(parsed, published, status);
                if (ahead != null) {
                    errors.add(tree.error(at + "/iso", ahead));
                }
                return parsed;
            } catch (IllegalArgumentException e) {
                errors.add(tree.error(at + "/iso", e.getMessage()));
                return null;
            }
        }

        void order(FuzzyDate start, FuzzyDate end, String at) {
            String problem = ClaimDates.endBeforeStart(start, end);
            if (problem != null) {
                errors.add(tree.error(at, problem));
            }
        }

        /**
         * A key given twice: reported where it is given the second time, with where it was given first and what to
         * change. The first's location is read only then, since locating reads its file again ({@link YamlTree}).
         */
        void unique(Map<String, Definition> seen, String key, String at, String clash, String remedy) {
            Definition earlier = seen.putIfAbsent(key, new Definition(tree, at));
            if (earlier != null) {
                SeedError first = earlier.error("");
                errors.add(tree.error(at, clash + " (" + first.file() + ":" + first.line() + ":" + first.column() + "): "
                        + remedy));
            }
        }

        void evidence(List<EvidenceSeed> evidence, String at) {
            Map<String, Definition> spans = new HashMap<>();
            each(evidence, at + "/evidence", (quote, quoteAt) -> {
                if (quote.quote() == null) {
                    return;
                }
                Quotes.Located located = Quotes.locate(doc.text(), quote.quote(), quote.occurrence());
                if (located instanceof Quotes.NotFound notFound) {
                    errors.add(tree.error(quoteAt, "quote not found in " + doc.textFile() + ": «" + quote.quote() + "»"
                            + notFound.nearest()));
                } else if (located instanceof Quotes.Ambiguous ambiguous) {
                    errors.add(tree.error(quoteAt, "quote occurs " + ambiguous.count() + " times in " + doc.textFile()
                            + ": add occurrence: 1 to " + ambiguous.count() + " to say which («" + quote.quote() + "»)"));
                } else if (located instanceof Quotes.NoSuchOccurrence none) {
                    errors.add(tree.error(quoteAt + "/occurrence", "occurrence " + none.occurrence() + " but the quote "
                            + "occurs " + none.count() + (none.count() == 1 ? " time" : " times") + " in " + doc.textFile()));
                } else if (located instanceof Quotes.Found found) {
                    unique(spans, found.start() + "-" + found.end(), quoteAt, "this claim already quotes the same passage",
                            "quote it once");
                }
            });
        }
    }

    /** A claim a further document may report: its own document, its status, and whether it has a place. */
    private record Reportable(String document, ClaimStatus status, boolean placed) {
    }

    /**
     * Where a slug is defined: located only for a duplicate, since locating reads its file again
     * ({@link YamlTree}).
     */
    private record Definition(YamlTree tree, String slugAt) {
        SeedError error(String message) {
            return tree.error(slugAt, message);
        }
    }

    private void define(Map<String, Definition> registry, String kind, String slug, YamlTree tree, String at) {
        if (slug == null) {
            return; // reported as missing by Bean Validation
        }
        Definition earlier = registry.putIfAbsent(slug, new Definition(tree, at + "/slug"));
        if (earlier != null) {
            SeedError first = earlier.error("");
            errors.add(tree.error(at + "/slug", "duplicate " + kind + " slug '" + slug + "': also defined at "
                    + first.file() + ":" + first.line() + ":" + first.column()));
        }
    }

    private boolean reference(Map<String, Definition> registry, String kind, String slug, YamlTree tree, String at) {
        if (!complete || slug == null) {
            return false;
        }
        if (!registry.containsKey(slug)) {
            errors.add(tree.error(at, "unknown " + kind + " '" + slug + "': no " + kind + " in entities/ has this slug"
                    + Suggestions.slugs(registry.keySet(), slug)));
            return false;
        }
        return true;
    }

    private interface Check<T> {
        void accept(T item, String pointer);
    }

    private static <T> void each(List<T> list, String pointer, Check<T> check) {
        if (list == null) {
            return;
        }
        List<T> items = new ArrayList<>(list);
        for (int i = 0; i < items.size(); i++) {
            // an empty entry (a truncated file, a stray '-') is already reported by the reader
            if (items.get(i) != null) {
                check.accept(items.get(i), YamlTree.child(pointer, i));
            }
        }
    }
}
