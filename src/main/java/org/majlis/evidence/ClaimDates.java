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
