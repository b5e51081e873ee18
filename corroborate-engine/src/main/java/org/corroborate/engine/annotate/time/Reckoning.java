package org.corroborate.engine.annotate.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Matcher;

/**
 * The calendar reasoning the rules share: which year a yearless date means, which Friday a bare "Friday" means,
 * when the movable holidays fall. Holds no state.
 */
final class Reckoning {

    private Reckoning() {
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /**
     * The occurrence of something that recurs every year (a month, a day of the year, a season, a holiday) that
     * the sentence means, counted from the publication date, or failing that from the last point the text named.
     * News is mostly about the days around its date, so when one occurrence lies much nearer than the other (the
     * last one and the coming one), that is the one; when both are about as far, the sentence's tense decides, as
     * HeidelTime decides undated months and days (Strötgen and Gertz 2013). Empty when there is nothing to count
     * from, and the caller writes {@code X}s.
     */
    static Optional<TimexValue> yearly(IntFunction<Optional<TimexValue>> inYear, Context c) {
        Optional<LocalDate> base = c.dct().or(() -> c.anchor().map(TimexValue::start));
        if (base.isEmpty()) {
            return Optional.empty();
        }
        LocalDate b = base.get();
        int y = b.getYear();
        Optional<TimexValue> past = Optional.empty();
        Optional<TimexValue> coming = Optional.empty();
        for (int year = y - 1; year <= y + 1; year++) {
            Optional<TimexValue> v = inYear.apply(year);
            if (v.isEmpty()) {
                continue;
            }
            if (v.get().contains(b)) {
                return v;
            }
            if (v.get().start().isAfter(b)) {
                if (coming.isEmpty()) {
                    coming = v;
                }
            } else {
                past = v;
            }
        }
        if (past.isEmpty() || coming.isEmpty()) {
            return past.isPresent() ? past : coming;
        }
        long back = b.toEpochDay() - past.get().end().toEpochDay() + 1;
        long ahead = coming.get().start().toEpochDay() - b.toEpochDay();
        Tense.Reading tense = c.tenseReading();
        boolean nearCue = tense.tense() != Tense.PRESENT && tense.distance() <= 25;
        long ratio = nearCue ? 10 : 3;
        if (ratio * back < ahead) {
            return past;
        } else if (ratio * ahead < back) {
            return coming;
        }
        return switch (tense.tense()) {
            case FUTURE -> coming;
            case PAST -> past;
            case PRESENT -> back <= ahead ? past : coming;
        };
    }

    /** The weekday a bare "Friday" means: the coming one in a future sentence, else the last one (or today). */
    static LocalDate weekday(DayOfWeek day, LocalDate base, Tense tense) {
        return tense == Tense.FUTURE
                ? base.with(TemporalAdjusters.nextOrSame(day))
                : base.with(TemporalAdjusters.previousOrSame(day));
    }

    /** A valid date, or empty for "February 30". */
    static Optional<LocalDate> date(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > Month.of(month).length(java.time.Year.isLeap(year))) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.of(year, month, day));
    }

    /** The named group's text, or empty when the group did not take part in the match. */
    static Optional<String> group(Matcher m, String name) {
        return Optional.ofNullable(raw(m, name));
    }

    /** The named group's text, or null when it did not take part or the rule's pattern has no such group. */
    static String raw(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException noSuchGroup) {
            return null;
        }
    }

    /** The named group in lower case with single spaces, or "" when it did not take part. */
    static String lower(Matcher m, String name) {
        String g = raw(m, name);
        return g == null ? "" : SPACES.matcher(g.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /** The day a holiday falls on in a year, for the holidays news text names most. */
    static Optional<LocalDate> holiday(String name, int year) {
        String n = name.toLowerCase(Locale.ROOT).replace("’", "'").replaceAll("\\s+", " ");
        if (n.startsWith("christmas eve")) {
            return Optional.of(LocalDate.of(year, 12, 24));
        } else if (n.startsWith("christmas")) {
            return Optional.of(LocalDate.of(year, 12, 25));
        } else if (n.startsWith("new year's eve")) {
            return Optional.of(LocalDate.of(year, 12, 31));
        } else if (n.startsWith("new year")) {
            return Optional.of(LocalDate.of(year, 1, 1));
        } else if (n.startsWith("thanksgiving")) {
            return Optional.of(nth(year, 11, DayOfWeek.THURSDAY, 4));
        } else if (n.startsWith("good friday")) {
            return Optional.of(easter(year).minusDays(2));
        } else if (n.startsWith("easter")) {
            return Optional.of(easter(year));
        } else if (n.startsWith("independence") || n.contains("fourth of july")) {
            return Optional.of(LocalDate.of(year, 7, 4));
        } else if (n.startsWith("labor")) {
            return Optional.of(nth(year, 9, DayOfWeek.MONDAY, 1));
        } else if (n.startsWith("memorial")) {
            return Optional.of(LocalDate.of(year, 5, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
        } else if (n.startsWith("veterans")) {
            return Optional.of(LocalDate.of(year, 11, 11));
        } else if (n.startsWith("halloween")) {
            return Optional.of(LocalDate.of(year, 10, 31));
        } else if (n.startsWith("valentine")) {
            return Optional.of(LocalDate.of(year, 2, 14));
        } else if (n.startsWith("election day")) {
            // US federal elections: the Tuesday after the first Monday in November.
            return Optional.of(nth(year, 11, DayOfWeek.MONDAY, 1).plusDays(1));
        } else if (n.startsWith("mother")) {
            return Optional.of(nth(year, 5, DayOfWeek.SUNDAY, 2));
        } else if (n.startsWith("father")) {
            return Optional.of(nth(year, 6, DayOfWeek.SUNDAY, 3));
        } else if (n.startsWith("martin luther king")) {
            return Optional.of(nth(year, 1, DayOfWeek.MONDAY, 3));
        } else if (n.startsWith("president")) {
            return Optional.of(nth(year, 2, DayOfWeek.MONDAY, 3));
        } else if (n.startsWith("columbus")) {
            return Optional.of(nth(year, 10, DayOfWeek.MONDAY, 2));
        } else if (n.startsWith("boxing")) {
            return Optional.of(LocalDate.of(year, 12, 26));
        } else if (n.startsWith("st. patrick") || n.startsWith("saint patrick")) {
            return Optional.of(LocalDate.of(year, 3, 17));
        } else if (n.startsWith("may day")) {
            return Optional.of(LocalDate.of(year, 5, 1));
        } else if (n.startsWith("bastille")) {
            return Optional.of(LocalDate.of(year, 7, 14));
        }
        return Optional.empty();
    }

    private static LocalDate nth(int year, int month, DayOfWeek day, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, day));
    }

    /** Easter Sunday by the anonymous Gregorian computus (Meeus, Astronomical Algorithms, chapter 8). */
    static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
