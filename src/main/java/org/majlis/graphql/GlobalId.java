package org.majlis.graphql;

import java.util.regex.Pattern;

/**
 * A parsed global id, {@code <Type>:<slug>}. The slug of a node is its seed slug (Actor:sergei-lavrov); a claim that
 * has no slug of its own is named by its owner's slug and its key within that owner, joined by dots
 * (Role:000_de159ab6a08af78c.sergei-lavrov.russian-ministry-of-foreign-affairs): slugs hold no dot, so the parts
 * never run into each other.
 */
public record GlobalId(String type, String slug) {

    /** The form of a slug: what seed files may use, and so what an id may carry. */
    public static final String SLUG_PATTERN = "[a-z0-9][a-z0-9_-]*";
    /** What a slug is, for a message that refuses one. */
    public static final String SLUG_MESSAGE = "must be a slug: lower-case letters, digits, '-' and '_', starting with a letter or digit";

    private static final Pattern FORM = Pattern.compile("([A-Z][A-Za-z]*):(" + SLUG_PATTERN + "(?:\\." + SLUG_PATTERN + ")*)");

    public static String of(String type, String slug) {
        return type + ":" + slug;
    }

    /** The slug of a claim within its owner: the owner's slug and the claim's key parts, e.g. doc.actor.organisation. */
    public static String key(String owner, String... parts) {
        StringBuilder key = new StringBuilder(owner);
        for (String part : parts) {
            key.append('.').append(part);
        }
        return key.toString();
    }

    public static GlobalId parse(String id) throws InvalidArgumentException {
        var m = id == null ? null : FORM.matcher(id);
        if (m == null || !m.matches()) {
            throw new InvalidArgumentException("'" + id + "' is not a Majlis id: ids look like Actor:sergei-lavrov");
        }
        return new GlobalId(m.group(1), m.group(2));
    }

    /** Parses an id that must name a node of one type, e.g. a filter's participant; null passes through. */
    public static String slugOf(String id, String expectedType, String argument) throws InvalidArgumentException {
        if (id == null) {
            return null;
        }
        GlobalId parsed = parse(id);
        if (!parsed.type.equals(expectedType)) {
            throw new InvalidArgumentException(argument + " takes " + expectedType + " ids, not '" + id + "'");
        }
        return parsed.slug;
    }

    @Override
    public String toString() {
        return of(type, slug);
    }
}
