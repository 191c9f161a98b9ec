package org.majlis.draft;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.majlis.meeting.MeetingKind;
import org.majlis.meeting.ParticipantRole;
import org.majlis.organisation.OrganisationKind;
import org.majlis.presence.PresenceKind;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The words the drafter reads a language by: titles, nationalities, meeting verbs, words for forces, months and
 * weekdays. The project's own data, one reviewable file per language ({@code src/main/resources/drafts/<lang>.yaml});
 * LexiconTest holds each to its shape.
 */
@RegisterForReflection
public record Lexicon(
        String language,
        List<Title> titles,
        Map<String, List<String>> nationalities,
        List<String> joiners,
        List<Trigger> meetings,
        List<String> attended,
        List<Force> presences,
        Map<Integer, List<String>> months,
        Map<Integer, List<String>> weekdays,
        List<String> today,
        List<String> yesterday,
        List<String> last,
        List<String> years,
        List<String> alleged,
        List<String> notNames) {

    /** The languages a lexicon is bundled for. */
    public static final List<String> LANGUAGES = List.of("ar", "en");

    /**
     * A post's words; its English name (for an Arabic title); whether it is its country's; the organisation it is in;
     * whether it says former or acting (such a word alone makes no role).
     */
    @RegisterForReflection
    public record Title(List<String> words, String en, boolean ofState, Body body, boolean former, boolean acting) {

        boolean isPost() {
            return !former && !acting;
        }
    }

    /** A kind of organisation and words one of its names holds: "foreign" for a ministry of foreign affairs. */
    @RegisterForReflection
    public record Body(OrganisationKind kind, List<String> named) {
    }

    /** Words that say people met: the kind of meeting, the parts of those who do it and of those it is done to. */
    @RegisterForReflection
    public record Trigger(List<String> words, MeetingKind kind, ParticipantRole subject, ParticipantRole object, String verb) {
    }

    /** Words for a foreign force and the kind of presence they say. */
    @RegisterForReflection
    public record Force(List<String> words, PresenceKind kind) {
    }

    private static final YAMLMapper YAML = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** The bundled lexicon of a language; English for a language that has none. */
    public static Lexicon of(String language) {
        String lang = LANGUAGES.contains(language) ? language : "en";
        try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream("drafts/" + lang + ".yaml")) {
            if (in == null) {
                throw new IllegalStateException("drafts/" + lang + ".yaml is not in the application");
            }
            return YAML.readValue(in, Lexicon.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
