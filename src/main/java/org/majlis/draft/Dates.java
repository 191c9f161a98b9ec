package org.majlis.draft;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.majlis.search.TextToken;

/**
 * The dates a text gives, each resolved against the day it was published and kept with the words that give it:
 * a day, month and year (22 August 2023, ٢٢ أغسطس/آب 2023, August 22, 2023), a month and year, a month with "last"
 * (last August, أغسطس الماضي), a month after "in" (in May), a weekday (on Thursday, يوم الثلاثاء, اليوم الاثنين: the
 * latest such day up to publication), today and yesterday, a year or two after "in" or عام/عامي (عامي 2019 و2020).
 */
final class Dates {

    /** A date over tokens {@code [first, last]}: ISO 8601 (a day, a month, a year, or two years as 2019/2020) and its words. */
    record Found(int first, int last, String iso, String text) {
    }

    private Dates() {
    }

    static List<Found> in(Reading reading, Vocabulary vocabulary, LocalDate published) {
        List<Found> found = new ArrayList<>();
        List<TextToken> tokens = reading.tokens;
        for (int i = 0; i < tokens.size(); i++) {
            Found date = at(reading, vocabulary, published, i);
            if (date != null) {
                found.add(date);
                i = date.last();
            }
        }
        return found;
    }

    private static Found at(Reading r, Vocabulary v, LocalDate published, int i) {
        List<TextToken> t = r.tokens;
        Integer day = number(t, i, 1, 31);
        if (day != null && i + 1 < t.size()) {
            Phrases.Match<Integer> month = month(r, v, i + 1);
            if (month != null) {
                int end = month.last();
                Integer year = number(t, end + 1, 1900, 2100);
                if (year != null) {
                    end++;
                }
                LocalDate date = day(year, month.value(), day, published);
                return date == null ? null : found(r, i, end, date.toString());
            }
        }
        Phrases.Match<Integer> month = month(r, v, i);
        if (month != null) {
            int end = month.last();
            Integer dayAfter = number(t, end + 1, 1, 31);
            Integer year = number(t, end + (dayAfter == null ? 1 : 2), 1900, 2100);
            if (dayAfter != null && year != null) {
                LocalDate date = day(year, month.value(), dayAfter, published);
                return date == null ? null : found(r, i, end + 2, date.toString());
            }
            if (year != null) {
                return found(r, i, end + 1, YearMonth.of(year, month.value()).toString());
            }
            int before = i - 1;
            if (before >= 0 && Vocabulary.is(v.last, t, before)) {
                return found(r, before, end, lastMonth(month.value(), published).toString());
            }
            if (end + 1 < t.size() && Vocabulary.is(v.last, t, end + 1)) {
                return found(r, i, end + 1, lastMonth(month.value(), published).toString());
            }
            if (before >= 0 && Vocabulary.is(v.years, t, before)) {
                return found(r, i, end, latestMonth(month.value(), published).toString());
            }
            return null;
        }
        Phrases.Match<Integer> weekday = v.weekdays.at(t, i);
        if (weekday != null) {
            LocalDate date = published;
            while (date.getDayOfWeek() != DayOfWeek.of(weekday.value())) {
                date = date.minusDays(1);
            }
            int first = i > 0 && r.sameSentence(i - 1, i) && (Vocabulary.is(v.today, t, i - 1) || isOn(t, i - 1)) ? i - 1 : i;
            return found(r, first, weekday.last(), date.toString());
        }
        if (Vocabulary.is(v.today, t, i) && !(i + 1 < t.size() && v.weekdays.at(t, i + 1) != null)) {
            return found(r, i, i, published.toString());
        }
        if (Vocabulary.is(v.yesterday, t, i)) {
            return found(r, i, i, published.minusDays(1).toString());
        }
        if (Vocabulary.is(v.years, t, i)) {
            Integer year = number(t, i + 1, 1900, 2100);
            if (year != null && year <= published.getYear()) {
                int and = i + 2;
                if (and < t.size() && t.get(and).form().equals("and")) {
                    and++;
                }
                Integer second = number(t, and, 1900, 2100);
                if (second != null && second > year && second <= published.getYear()) {
                    return found(r, i, and, year + "/" + second);
                }
                return found(r, i, i + 1, year.toString());
            }
        }
        return null;
    }

    /** "on" before a weekday, or يوم. */
    private static boolean isOn(List<TextToken> t, int i) {
        String form = t.get(i).form();
        return form.equals("on") || form.equals("يوم");
    }

    /** A month's name at token {@code i}, and a second name after a slash (أغسطس/آب) taken with it. */
    private static Phrases.Match<Integer> month(Reading r, Vocabulary v, int i) {
        Phrases.Match<Integer> month = v.months.at(r.tokens, i);
        if (month == null) {
            return null;
        }
        int next = month.last() + 1;
        if (next < r.tokens.size() && r.gap(next).strip().equals("/")) {
            Phrases.Match<Integer> other = v.months.at(r.tokens, next);
            if (other != null && other.value().equals(month.value())) {
                return new Phrases.Match<>(i, other.last(), month.value());
            }
        }
        return month;
    }

    /** A whole number within bounds at token {@code i}, a glued و or ف read off (و2020); Arabic-Indic digits too. */
    private static Integer number(List<TextToken> t, int i, int min, int max) {
        if (i < 0 || i >= t.size()) {
            return null;
        }
        for (String reading : t.get(i).readings()) {
            if (!reading.isEmpty() && reading.chars().allMatch(Character::isDigit) && reading.length() <= 4) {
                int n = Integer.parseInt(toAscii(reading));
                if (n >= min && n <= max) {
                    return n;
                }
            }
        }
        return null;
    }

    private static String toAscii(String digits) {
        StringBuilder ascii = new StringBuilder();
        digits.chars().forEach(c -> ascii.append(Character.digit(c, 10)));
        return ascii.toString();
    }

    /** The day; without a year the latest such day up to publication. Null where no such day exists (31 June). */
    private static LocalDate day(Integer year, int month, int day, LocalDate published) {
        try {
            if (year != null) {
                return LocalDate.of(year, month, day);
            }
            LocalDate date = LocalDate.of(published.getYear(), month, day);
            return date.isAfter(published) ? date.minusYears(1) : date;
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** "Last August": the latest August before the month of publication. */
    private static YearMonth lastMonth(int month, LocalDate published) {
        YearMonth candidate = YearMonth.of(published.getYear(), month);
        return candidate.isBefore(YearMonth.from(published)) ? candidate : candidate.minusYears(1);
    }

    /** "In May": the latest May up to the month of publication. */
    private static YearMonth latestMonth(int month, LocalDate published) {
        YearMonth candidate = YearMonth.of(published.getYear(), month);
        return candidate.isAfter(YearMonth.from(published)) ? candidate.minusYears(1) : candidate;
    }

    private static Found found(Reading r, int first, int last, String iso) {
        return new Found(first, last, iso, r.words(first, last));
    }
}
