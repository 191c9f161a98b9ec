package org.majlis.document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

import org.majlis.graphql.GlobalId;
import org.majlis.graphql.UserError;
import org.majlis.label.LabelRules;

/**
 * What a document must be, wherever it comes from: the seed files (whose records carry these patterns as Bean
 * Validation constraints, org.majlis.seed.SeedFiles) and the mutations (which check them here and answer each
 * problem as a {@link UserError} on its field).
 */
public final class DocumentRules {

    public static final String SLUG = "^" + GlobalId.SLUG_PATTERN + "$";
    public static final String LANGUAGE = LabelRules.LANGUAGE;
    public static final String LANGUAGE_MESSAGE = LabelRules.LANGUAGE_MESSAGE;
    /** Only a web address: the reader links it, and a javascript: or data: address is no source. */
    public static final String URL = "^https?://[^\\s]+$";
    public static final String URL_MESSAGE = "must be an http or https address";
    /** The longest slug the database holds (document.slug is varchar(200)). */
    public static final int SLUG_CHARACTERS = 200;
    /**
     * A long news feature is 10,000 to 60,000 characters; this is room for twice the longest, well inside the
     * request body limit (1 MB, 2 bytes per Arabic character) and the column (1,000,000).
     */
    public static final int TEXT_CHARACTERS = 200_000;

    /** The fields of the largest document input (CreateDocumentInput), each of which may have a problem. */
    static final int INPUT_FIELDS = 8;

    private static final Pattern SLUG_FORM = Pattern.compile(SLUG);
    private static final Pattern LANGUAGE_FORM = Pattern.compile(LANGUAGE);
    private static final Pattern URL_FORM = Pattern.compile(URL);

    private DocumentRules() {
    }

    /** The fields a document has besides its text, as a mutation gives them (null where not given). */
    record Fields(String title, String publisher, String language, String url) {
    }

    /** How many hex digits of the text's SHA-256 a made slug keeps: 48 bits, never the same twice in one day's news. */
    static final int SLUG_HASH_DIGITS = 12;

    /**
     * The slug of a new document whose writer gives none: the day it was published and the start of its text's SHA-256
     * (UTF-8), e.g. 2024-05-14-3f1c0a9b2e7d. So the same text published on the same day is one document, however many
     * times it is sent (a second outlet's copy of a wire story included: its words are one source), and a corrected text
     * is a new document (the text is evidence: quotes' offsets count in it, so it is never edited). Made once: a date
     * corrected later does not change it, as no id ever changes.
     */
    public static String slugFor(LocalDate publishedOn, String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return publishedOn + "-" + HexFormat.of().formatHex(hash).substring(0, SLUG_HASH_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static List<UserError> checkSlug(String slug) {
        List<UserError> errors = new ArrayList<>();
        if (slug == null || !SLUG_FORM.matcher(slug).matches()) {
            errors.add(UserError.onInput("INVALID", "slug", "The slug " + GlobalId.SLUG_MESSAGE + ", e.g. "
                    + "reuters-2024-05-13-haftar-moscow."));
        } else if (slug.length() > SLUG_CHARACTERS) {
            errors.add(UserError.onInput("TOO_LONG", "slug", "The slug may be at most " + SLUG_CHARACTERS
                    + " characters, not " + slug.length() + "."));
        }
        return errors;
    }

    static List<UserError> checkText(String text) {
        if (text == null || text.isBlank()) {
            return List.of(UserError.onInput("INVALID", "text", "The text is empty: paste the document's text, verbatim."));
        }
        if (text.length() > TEXT_CHARACTERS) {
            return List.of(UserError.onInput("TOO_LONG", "text", "The text may be at most " + TEXT_CHARACTERS
                    + " characters, not " + text.length() + ": split a longer source into its parts."));
        }
        return List.of();
    }

    /** The rules of the fields that a new document must have and an edit may change. */
    static List<UserError> check(Fields fields, boolean required) {
        List<UserError> errors = new ArrayList<>();
        requireText(errors, "title", fields.title(), required);
        requireText(errors, "publisher", fields.publisher(), required);
        if (fields.language() != null ? !LANGUAGE_FORM.matcher(fields.language()).matches() : required) {
            errors.add(UserError.onInput("INVALID", "language", "The language " + LANGUAGE_MESSAGE + "."));
        }
        if (fields.url() != null && !URL_FORM.matcher(fields.url()).matches()) {
            errors.add(UserError.onInput("INVALID", "url", "The url " + URL_MESSAGE + "."));
        }
        return errors;
    }

    private static void requireText(List<UserError> errors, String field, String value, boolean required) {
        if (value != null ? value.isBlank() : required) {
            errors.add(UserError.onInput("INVALID", field, "The " + field + " is empty."));
        }
    }
}
