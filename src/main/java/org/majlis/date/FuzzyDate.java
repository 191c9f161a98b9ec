package org.majlis.date;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.DateTimeException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A date known only as precisely as its source gives it. {@code iso} is ISO 8601 in reduced precision, or an
 * interval of two such dates ("2019/2020") when the source names a span ("in 2019 and 2020");
 * {@code earliest} and {@code latest} bound it so that range filters can match by overlap.
 */
@Embeddable
@Description("A date known only as precisely as the source gives it.")
public class FuzzyDate {

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    @NonNull
    @Description("ISO 8601 in reduced precision (2024-05-13, 2023-08, 2019), or an interval of two (2019/2020).")
    @Column(length = 21)
    public String iso;

    @NonNull
    @Description("DAY, MONTH or YEAR: how much of the date the source gives.")
    @Enumerated(EnumType.STRING)
    @Column(length = 5)
    public DatePrecision precision;

    @NonNull
    @Description("The first day the date can be.")
    public LocalDate earliest;

    @NonNull
    @Description("The last day the date can be.")
    public LocalDate latest;

    @Description("The source's own words for the date, e.g. 'أغسطس الماضي' (last August).")
    @Column(length = 500)
    public String text;

    /**
     * Parses {@code iso} as a reduced-precision date or an interval of two with the same precision.
     *
     * @throws IllegalArgumentException with a message fit for an analyst when it is not one
     */
    public static FuzzyDate parse(String iso, String text) {
        if (iso == null || iso.isBlank()) {
            throw new IllegalArgumentException("a date needs iso, e.g. 2024-05-13, 2023-08, 2019 or 2019/2020");
        }
        String[] ends = iso.split("/", -1);
        if (ends.length > 2) {
            throw new IllegalArgumentException("'" + iso + "' is not a date: at most one '/' between two dates");
        }
        Bound first = Bound.parse(ends[0], iso);
        Bound last = ends.length == 2 ? Bound.parse(ends[1], iso) : first;
        if (first.precision != last.precision) {
            throw new IllegalArgumentException("'" + iso + "' mixes precisions: write both ends alike");
        }
        if (last.latest.isBefore(first.earliest) || (ends.length == 2 && !last.earliest.isAfter(first.latest))) {
            throw new IllegalArgumentException("'" + iso + "' is not an interval: the second date must come after the first");
        }
        FuzzyDate date = new FuzzyDate();
        date.iso = iso;
        date.precision = first.precision;
        date.earliest = first.earliest;
        date.latest = last.latest;
        date.text = text;
        return date;
    }

    private record Bound(DatePrecision precision, LocalDate earliest, LocalDate latest) {
        static Bound parse(String value, String whole) {
            Matcher m = ISO.matcher(value);
            if (!m.matches()) {
                throw new IllegalArgumentException("'" + whole + "' is not a date: write YYYY-MM-DD, YYYY-MM or YYYY");
            }
            try {
                int year = Integer.parseInt(m.group(1));
                if (m.group(2) == null) {
                    return new Bound(DatePrecision.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
                }
                YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
                if (m.group(3) == null) {
                    return new Bound(DatePrecision.MONTH, month.atDay(1), month.atEndOfMonth());
                }
                LocalDate day = LocalDate.parse(value);
                return new Bound(DatePrecision.DAY, day, day);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("'" + whole + "' is not a date on the calendar");
            }
        }
    }
}
