package org.majlis.seed;

import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.majlis.document.DocumentRules;
import org.majlis.evidence.ClaimStatus;
import org.majlis.graphql.GlobalId;
import org.majlis.meeting.MeetingKind;
import org.majlis.meeting.ParticipantRole;
import org.majlis.organisation.OrganisationKind;
import org.majlis.place.Place;
import org.majlis.place.PlaceKind;
import org.majlis.presence.PresenceKind;
import org.majlis.relationship.RelationshipKind;

import com.fasterxml.jackson.annotation.JsonCreator;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The seed format, as Jackson binds it: {@code entities/*.yaml} hold actors, organisations and places shared by
 * all documents; {@code documents/<slug>.yaml} hold one document's metadata and claims, beside its verbatim
 * {@code <slug>.txt}. seeds/README.md documents every key; seeds/schema/ has the JSON Schemas for editors.
 * Shapes are checked with Bean Validation; references, quotes and dates by {@link SeedValidator}.
 */
public final class SeedFiles {

    static final String SLUG = DocumentRules.SLUG;
    static final String LANG = DocumentRules.LANGUAGE;
    static final String COUNTRY = Place.COUNTRY;

    /**
     * Every record of the format, for a validator that knows its classes in advance ({@code check}'s): a record left
     * out would be refused there, and SeedFilesTest compares this list with the records declared here.
     */
    static final Set<Class<?>> RECORDS = Set.of(EntitiesFile.class, LabelSeed.class, ActorSeed.class, OrganisationSeed.class,
            PlaceSeed.class, DocumentFile.class, DocumentSeed.class, Localized.class, DateSeed.class, EvidenceSeed.class,
            PartySeed.class, RoleSeed.class, MeetingSeed.class, ParticipationSeed.class, StatementSeed.class,
            PresenceSeed.class, RelationshipSeed.class, SourceSeed.class);

    /** The Bean Validation constraints the records use, by annotation name, for the same validator. */
    static final Set<String> CONSTRAINTS = Set.of(NotNull.class.getName(), NotBlank.class.getName(), NotEmpty.class.getName(),
            Pattern.class.getName(), DecimalMin.class.getName(), DecimalMax.class.getName());

    private SeedFiles() {
    }

    @RegisterForReflection
    public record EntitiesFile(
            List<@NotNull @Valid ActorSeed> actors,
            List<@NotNull @Valid OrganisationSeed> organisations,
            List<@NotNull @Valid PlaceSeed> places) {
    }

    @RegisterForReflection
    public record LabelSeed(
            @NotNull @Pattern(regexp = LANG, message = DocumentRules.LANGUAGE_MESSAGE) String lang,
            @NotBlank String text,
            Boolean background) {
    }

    @RegisterForReflection
    public record ActorSeed(
            @NotNull @Pattern(regexp = SLUG, message = SLUG_MESSAGE) String slug,
            @NotEmpty List<@NotNull @Valid LabelSeed> names,
            List<@NotNull @Valid LabelSeed> aliases,
            List<@NotBlank String> background) {
    }

    @RegisterForReflection
    public record OrganisationSeed(
            @NotNull @Pattern(regexp = SLUG, message = SLUG_MESSAGE) String slug,
            @NotNull OrganisationKind kind,
            @NotEmpty List<@NotNull @Valid LabelSeed> names,
            List<@NotNull @Valid LabelSeed> aliases,
            @Pattern(regexp = COUNTRY, message = COUNTRY_MESSAGE) String country,
            String parent,
            List<@NotBlank String> background) {
    }

    @RegisterForReflection
    public record PlaceSeed(
            @NotNull @Pattern(regexp = SLUG, message = SLUG_MESSAGE) String slug,
            @NotNull PlaceKind kind,
            @NotEmpty List<@NotNull @Valid LabelSeed> names,
            List<@NotNull @Valid LabelSeed> aliases,
            @Pattern(regexp = COUNTRY, message = COUNTRY_MESSAGE) String country,
            @DecimalMin("-" + Place.MAX_LATITUDE) @DecimalMax("" + Place.MAX_LATITUDE) Double latitude,
            @DecimalMin("-" + Place.MAX_LONGITUDE) @DecimalMax("" + Place.MAX_LONGITUDE) Double longitude,
            List<@NotBlank String> background) {
    }

    @RegisterForReflection
    public record DocumentFile(
            @NotNull @Valid DocumentSeed document,
            List<@NotNull @Valid RoleSeed> roles,
            List<@NotNull @Valid MeetingSeed> meetings,
            List<@NotNull @Valid PresenceSeed> militaryPresences,
            List<@NotNull @Valid RelationshipSeed> relationships,
            List<@NotNull @Valid SourceSeed> sources) {
    }

    @RegisterForReflection
    public record DocumentSeed(
            @NotBlank String title,
            @NotBlank String publisher,
            String publisherOrganisation,
            @NotBlank String publishedOn,
            @NotNull @Pattern(regexp = LANG, message = DocumentRules.LANGUAGE_MESSAGE) String language,
            @Pattern(regexp = DocumentRules.URL, message = DocumentRules.URL_MESSAGE) String url) {
    }

    /** Text in English, and in Arabic where the analyst gives it. */
    @RegisterForReflection
    public record Localized(@NotBlank String en, String ar) {
    }

    @RegisterForReflection
    public record DateSeed(@NotBlank String iso, String text) {
    }

    /** A quote; {@code occurrence} (1-based) says which one when the quote occurs more than once. */
    @RegisterForReflection
    public record EvidenceSeed(@NotBlank String quote, Integer occurrence) {

        /** Lets analysts write a bare quote when it occurs once. */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public static EvidenceSeed of(String quote) {
            return new EvidenceSeed(quote, null);
        }
    }

    /** A reference to an actor or an organisation: exactly one of the two keys. */
    @RegisterForReflection
    public record PartySeed(String actor, String organisation) {
    }

    /** {@code key} names the role within its document when the actor and organisation do not (ClaimKeys). */
    @RegisterForReflection
    public record RoleSeed(
            @Pattern(regexp = SLUG, message = SLUG_MESSAGE) String key,
            @NotNull String actor,
            String organisation,
            @NotNull @Valid Localized title,
            Boolean acting,
            @NotNull Boolean current,
            @NotNull ClaimStatus status,
            @Valid DateSeed start,
            @Valid DateSeed end,
            @NotEmpty List<@NotNull @Valid EvidenceSeed> evidence) {
    }

    @RegisterForReflection
    public record MeetingSeed(
            @NotNull @Pattern(regexp = SLUG, message = SLUG_MESSAGE) String slug,
            @NotNull @Valid Localized title,
            @Valid Localized description,
            @NotNull MeetingKind kind,
            @NotNull ClaimStatus status,
            @NotNull @Valid DateSeed date,
            String place,
            List<@NotBlank String> topics,
            @NotEmpty List<@NotNull @Valid ParticipationSeed> participants,
            List<@NotNull @Valid StatementSeed> statements,
            @NotEmpty List<@NotNull @Valid EvidenceSeed> evidence) {
    }

    @RegisterForReflection
    public record ParticipationSeed(
            @NotNull String actor,
            String onBehalfOf,
            @NotNull ParticipantRole role,
            @NotEmpty List<@NotNull @Valid EvidenceSeed> evidence) {
    }

    /** {@code key} names the statement within its document instead of where its quotes start (ClaimKeys). */
    @RegisterForReflection
    public record StatementSeed(
            @Pattern(regexp = SLUG, message = SLUG_MESSAGE) String key,
            String speaker,
            String organisation,
            String reportedBy,
            @NotNull @Valid Localized summary,
            @NotNull ClaimStatus status,
            @NotEmpty List<@NotNull @Valid EvidenceSeed> evidence) {
    }

    @RegisterForReflection
    public record PresenceSeed(
            @NotNull @Pattern(regexp = SLUG, message = SLUG_MESSAGE) String slug,
            @NotNull String force,
            String sponsor,
            List<@NotNull @Valid PartySeed> supports,
            @NotNull @Pattern(regexp = COUNTRY, message = COUNTRY_MESSAGE) String hostCountry,
            String place,
            @NotNull PresenceKind kind,
            @NotNull ClaimStatus status,
            @Valid Localized description,
            @Valid DateSeed start,
            @Valid DateSeed end,
            @NotEmpty List<@NotNull @Valid EvidenceSeed> evidence) {
    }

    @RegisterForReflection
    public record RelationshipSeed(
            @NotNull @Pattern(regexp = SLUG, message = SLUG_MESSAGE) String slug,
            @NotNull RelationshipKind kind,
            @NotNull ClaimStatus status,
            @NotNull @Valid PartySeed subject,
            @Valid PartySeed object,
            String via,
            String place,
            @NotNull @Valid Localized description,
            @Valid DateSeed start,
            @Valid DateSeed end,
            @NotEmpty List<@NotNull @Valid EvidenceSeed> evidence) {
    }

    /**
     * This document's report of a claim another document defines (issue 24): the claim by its id, this document's
     * quotes of it, and what it says where it says it; a field left out is one it does not say. A meeting's report may
     * quote its participants (one the meeting lacks joins it) and add what was said at it (statements).
     */
    @RegisterForReflection
    public record SourceSeed(
            @NotNull @Pattern(regexp = SOURCE_CLAIM, message = SOURCE_CLAIM_MESSAGE) String claim,
            @Valid DateSeed date,
            String place,
            ClaimStatus status,
            @NotEmpty List<@NotNull @Valid EvidenceSeed> evidence,
            List<@NotNull @Valid ParticipationSeed> participants,
            List<@NotNull @Valid StatementSeed> statements) {
    }

    /** The kinds of claim a further document may report: those with sources. */
    static final String SOURCE_CLAIM = "(Meeting|MilitaryPresence|Relationship|Role):\\S+";
    static final String SOURCE_CLAIM_MESSAGE = "must be the id of a meeting, presence, relationship or role: "
            + "Meeting:<slug>, MilitaryPresence:<slug>, Relationship:<slug> or Role:<document>.<key>";

    static final String SLUG_MESSAGE = GlobalId.SLUG_MESSAGE;
    static final String COUNTRY_MESSAGE = Place.COUNTRY_MESSAGE;
}
