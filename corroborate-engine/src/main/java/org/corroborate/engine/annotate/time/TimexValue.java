package org.corroborate.engine.annotate.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Objects;

/**
 * A stretch of the calendar at one granularity, the thing a TIMEX3 date value names: a century ({@code 19}),
 * a decade ({@code 199}), a year, a half ({@code 1989-H2}), a quarter ({@code 1989-Q3}), a season
 * ({@code 1989-SU}), a month, an ISO week ({@code 1998-W32}), a weekend ({@code 1998-W32-WE}) or a day,
 * optionally with a time of day ({@code TMO}, {@code TNI}, {@code T10:35}).
 *
 * <p>{@code start} is always the first day of the stretch, so two values of the same granularity compare by
 * it. Shifting keeps the granularity: a quarter one year earlier is the same quarter of the year before,
 * which is what "a year earlier" means after "third-quarter profit".
 *
 * @param timeOfDay empty, or the TIMEX3 time part including its {@code T}; only days carry one
 */
record TimexValue(Granularity granularity, LocalDate start, String timeOfDay) {

    /** The granularities a value can have, coarsest first. */
    enum Granularity {
        CENTURY, DECADE, YEAR, HALF, QUARTER, SEASON, MONTH, WEEK, WEEKEND, DAY
    }

    TimexValue {
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(timeOfDay, "timeOfDay");
        start = align(granularity, start);
        if (!timeOfDay.isEmpty() && granularity != Granularity.DAY) {
            throw new IllegalArgumentException("a time of day (" + timeOfDay + ") needs a day, not a " + granularity);
        }
    }

    static TimexValue of(Granularity granularity, LocalDate date) {
        return new TimexValue(granularity, date, "");
    }

    static TimexValue day(LocalDate date) {
        return of(Granularity.DAY, date);
    }

    static TimexValue month(int year, int month) {
        return of(Granularity.MONTH, LocalDate.of(year, month, 1));
    }

    static TimexValue year(int year) {
        return of(Granularity.YEAR, LocalDate.of(year, 1, 1));
    }

    static TimexValue quarter(int year, int quarter) {
        return of(Granularity.QUARTER, LocalDate.of(year, 3 * quarter - 2, 1));
    }

    static TimexValue half(int year, int half) {
        return of(Granularity.HALF, LocalDate.of(year, half == 1 ? 1 : 7, 1));
    }

    /** A season by its TIMEX3 code ({@code SP}, {@code SU}, {@code FA}, {@code WI}) in a year. */
    static TimexValue season(int year, String code) {
        int month = switch (code) {
            case "SP" -> 3;
            case "SU" -> 6;
            case "FA" -> 9;
            case "WI" -> 12;
            default -> throw new IllegalArgumentException("no season coded " + code + ": use SP, SU, FA or WI");
        };
        return of(Granularity.SEASON, LocalDate.of(year, month, 1));
    }

    /** The same stretch with a time of day, which turns it into a day if it was coarser. */
    TimexValue withTime(String time) {
        return new TimexValue(Granularity.DAY, start, time);
    }

    /** The stretch of granularity {@code g} that holds this one's first day. */
    TimexValue at(Granularity g) {
        return new TimexValue(g, start, g == Granularity.DAY ? timeOfDay : "");
    }

    /** This stretch moved by {@code n} units of {@code unit}, keeping its own granularity. */
    TimexValue plus(Granularity unit, long n) {
        LocalDate moved = switch (unit) {
            case CENTURY -> start.plusYears(100 * n);
            case DECADE -> start.plusYears(10 * n);
            case YEAR -> start.plusYears(n);
            case HALF -> start.plusMonths(6 * n);
            case QUARTER, SEASON -> start.plusMonths(3 * n);
            case MONTH -> start.plusMonths(n);
            case WEEK, WEEKEND -> start.plusWeeks(n);
            case DAY -> start.plusDays(n);
        };
        return new TimexValue(granularity, moved, timeOfDay);
    }

    /** Moved by its own unit: the next or previous stretch of the same size. */
    TimexValue next(long n) {
        return plus(granularity == Granularity.SEASON ? Granularity.YEAR : granularity, n);
    }

    int year() {
        return start.getYear();
    }

    boolean contains(LocalDate date) {
        return !date.isBefore(start) && date.isBefore(end());
    }

    /** The first day after the stretch. */
    LocalDate end() {
        return switch (granularity) {
            case CENTURY -> start.plusYears(100);
            case DECADE -> start.plusYears(10);
            case YEAR -> start.plusYears(1);
            case HALF -> start.plusMonths(6);
            case QUARTER, SEASON -> start.plusMonths(3);
            case MONTH -> start.plusMonths(1);
            case WEEK -> start.plusWeeks(1);
            case WEEKEND -> start.plusDays(2);
            case DAY -> start.plusDays(1);
        };
    }

    /** The TIMEX3 value. */
    String format() {
        int y = start.getYear();
        return switch (granularity) {
            case CENTURY -> String.format(Locale.ROOT, "%02d", Math.floorDiv(y, 100));
            case DECADE -> String.format(Locale.ROOT, "%03d", Math.floorDiv(y, 10));
            case YEAR -> String.format(Locale.ROOT, "%04d", y);
            case HALF -> String.format(Locale.ROOT, "%04d-H%d", y, start.getMonthValue() <= 6 ? 1 : 2);
            case QUARTER -> String.format(Locale.ROOT, "%04d-Q%d", y, (start.getMonthValue() + 2) / 3);
            case SEASON -> String.format(Locale.ROOT, "%04d-%s", y, seasonCode(start.getMonthValue()));
            case MONTH -> String.format(Locale.ROOT, "%04d-%02d", y, start.getMonthValue());
            case WEEK -> isoWeek(start);
            case WEEKEND -> isoWeek(start.minusDays(5)) + "-WE";
            case DAY -> String.format(Locale.ROOT, "%04d-%02d-%02d", y, start.getMonthValue(), start.getDayOfMonth())
                    + timeOfDay;
        };
    }

    @Override
    public String toString() {
        return format();
    }

    private static String isoWeek(LocalDate monday) {
        return String.format(Locale.ROOT, "%04d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
                monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static String seasonCode(int startMonth) {
        return switch (startMonth) {
            case 3 -> "SP";
            case 6 -> "SU";
            case 9 -> "FA";
            default -> "WI";
        };
    }

    private static LocalDate align(Granularity g, LocalDate d) {
        return switch (g) {
            case CENTURY -> LocalDate.of(Math.floorDiv(d.getYear(), 100) * 100, 1, 1);
            case DECADE -> LocalDate.of(Math.floorDiv(d.getYear(), 10) * 10, 1, 1);
            case YEAR -> d.withDayOfYear(1);
            case HALF -> LocalDate.of(d.getYear(), d.getMonthValue() <= 6 ? 1 : 7, 1);
            case QUARTER -> LocalDate.of(d.getYear(), (d.getMonthValue() - 1) / 3 * 3 + 1, 1);
            // A season starts in March, June, September or December; winter belongs to the year it starts in.
            case SEASON -> {
                int m = d.getMonthValue();
                int y = m <= 2 ? d.getYear() - 1 : d.getYear();
                int startMonth = m <= 2 ? 12 : (m / 3) * 3;
                yield LocalDate.of(y, startMonth, 1);
            }
            case MONTH -> d.withDayOfMonth(1);
            case WEEK -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case WEEKEND -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(5);
            case DAY -> d;
        };
    }
}
