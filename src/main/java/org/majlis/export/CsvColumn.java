package org.majlis.export;

/**
 * The columns of the claims CSV, in order, close to ACLED's layout (event date and time precision, actor1 and
 * assoc_actor_1, actor2, country, location, latitude, longitude, source, notes) with the evidence Majlis adds, and,
 * last, what a claim of several sources needs (how many, which document each quote is of, where they disagree).
 * docs/exports.md says what each holds for each kind of claim.
 */
enum CsvColumn {
    CLAIM_ID, CLAIM_TYPE, KIND, STATUS,
    DATE, DATE_PRECISION, DATE_END, DATE_TEXT,
    ACTOR1, ACTOR1_ID, ASSOC_ACTOR_1, ASSOC_ACTOR_1_ID, ACTOR2, ACTOR2_ID, ASSOC_ACTOR_2, ASSOC_ACTOR_2_ID,
    COUNTRY, PLACE, PLACE_ID, LATITUDE, LONGITUDE,
    NOTES, DOCUMENT_ID, SOURCE, PUBLISHED_ON, SOURCE_URL, QUOTE, OFFSETS,
    SOURCE_COUNT, QUOTE_DOCUMENT_IDS, DISAGREEMENTS;

    String header() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
