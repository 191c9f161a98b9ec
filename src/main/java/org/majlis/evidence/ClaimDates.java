package org.majlis.evidence;

import java.time.LocalDate;

import org.majlis.date.FuzzyDate;

/** The rules a claim's dates obey, wherever the claim comes from (the seeds, a mutation). Each says what is wrong, or null. */
public final class ClaimDates {

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

    public static String endBeforeStart(FuzzyDate start, FuzzyDate end) {
        if (start == null || end == null || !end.latest.isBefore(start.earliest)) {
            return null;
        }
        return "the end (" + end.iso + ") is before the start (" + start.iso + ")";
    }
}
