package org.majlis.evidence;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.majlis.date.DateInput;
import org.majlis.date.FuzzyDate;
import org.majlis.graphql.InputErrors;

/** The rules a claim's dates obey, wherever the claim comes from (the seeds, a mutation). Each says what is wrong, or null. */
public final class ClaimDates {

    // The columns' width (V1__knowledge_graph.sql): refused as TOO_LONG, never a database error.
    private static final int TEXT_CHARACTERS = 500;

    private ClaimDates() {
    }

    /** A source reports what happened by the day it was published; only what it expects may lie ahead. */
    public static String aheadOfSource(FuzzyDate date, LocalDate published, ClaimStatus status) {
        if (date == null || published == null || status == ClaimStatus.EXPECTED || !date.earliest.isAfter(published)) {
            return null;
        }
        return "'" + date.iso + "' is after the document was published (" + published + "): only an EXPECTED claim can "
                + "lie ahead of its source";
    }

    /**
     * A mutation's date, parsed as the seeds' are and held to {@link #aheadOfSource}; null, and the problem added on
     * {@code path}, when it is not a date. The document's publication is null when the document is not known.
     */
    public static FuzzyDate parse(DateInput date, LocalDate published, ClaimStatus status, List<String> path,
            InputErrors errors) {
        if (date == null) {
            return null;
        }
        errors.maxLength(date.text, TEXT_CHARACTERS, InputErrors.under(path, "text"));
        try {
            FuzzyDate parsed = FuzzyDate.parse(date.iso, date.text == null || date.text.isBlank() ? null : date.text.strip());
            String ahead = aheadOfSource(parsed, published, status);
            if (ahead != null) {
                errors.add("INVALID", InputErrors.under(path, "iso"), InputErrors.sentence(ahead));
            }
            return parsed;
        } catch (IllegalArgumentException e) {
            errors.add("INVALID", InputErrors.under(path, "iso"), InputErrors.sentence(e.getMessage()));
            return null;
        }
    }

    /** A claim's start and end after a mutation. */
    public record Span(FuzzyDate start, FuzzyDate end) {
    }

    /**
     * A claim's start and end after a mutation: each given one parsed ({@link #parse}, on the input's start or end),
     * each kept one held again to {@link #aheadOfSource} under the claim's status (which the mutation may have
     * changed: the problem is on status), and the end not before the start.
     */
    public static Span span(FuzzyDate currentStart, FuzzyDate currentEnd, DateInput start, DateInput end,
            LocalDate published, ClaimStatus status, InputErrors errors) {
        FuzzyDate newStart = bound(currentStart, start, "start", published, status, errors);
        FuzzyDate newEnd = bound(currentEnd, end, "end", published, status, errors);
        String order = endBeforeStart(newStart, newEnd);
        if (order != null) {
            errors.add("INVALID", InputErrors.field("end"), InputErrors.sentence(order));
        }
        return new Span(newStart, newEnd);
    }

    private static FuzzyDate bound(FuzzyDate current, DateInput given, String name, LocalDate published,
            ClaimStatus status, InputErrors errors) {
        if (given != null) {
            return parse(given, published, status, InputErrors.field(name), errors);
        }
        String ahead = aheadOfSource(current, published, status);
        if (ahead != null) {
            errors.add("INVALID", InputErrors.field("status"), InputErrors.sentence(ahead) + " (the " + name + ")");
        }
        return current;
    }

    public static String endBeforeStart(FuzzyDate start, FuzzyDate end) {
        if (start == null || end == null || !end.latest.isBefore(start.earliest)) {
            return null;
        }
        return "the end (" + end.iso + ") is before the start (" + start.iso + ")";
    }

    /** What a change's history keeps of a date: its ISO form and the source's words; null for none. */
    public static Map<String, Object> fields(FuzzyDate date) {
        if (date == null) {
            return null;
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("iso", date.iso);
        fields.put("text", date.text);
        return fields;
    }
}
