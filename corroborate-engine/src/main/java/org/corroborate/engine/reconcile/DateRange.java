package org.corroborate.engine.reconcile;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.IsoFields;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stretch of time a TIMEX3 date value stands for, half open, to the minute: {@code 2001} is the year,
 * {@code 2001-08} the month, {@code 188} the 1880s, {@code 18} the 1800s, {@code 2024-W14} an ISO week,
 * {@code 2024-W44-WE} its weekend, {@code 2024-SP} a season (meteorological: spring is March to May),
 * {@code 2024-Q3} and {@code 2024-H1} quarters and halves, {@code 2024-10-12T04:00} one minute. Two values are
 * compatible when their stretches overlap, and one is more specific when its stretch lies inside the other's
 * and is shorter.
 */
record DateRange(LocalDateTime start, LocalDateTime end) {

    private static final Pattern VALUE = Pattern.compile(
            "(\\d{4})(?:-(?:(\\d{2})(?:-(\\d{2})(?:T(\\d{2}):(\\d{2}))?)?|W(\\d{2})(-WE)?|(SP|SU|FA|WI)|Q([1-4])|H([12])))?");

    DateRange {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("date range " + start + " to " + end + " is empty");
        }
    }

    /** The range of a TIMEX3 date value, or empty for values it does not know (durations, references, X's). */
    static Optional<DateRange> of(String value) {
        if (value.matches("\\d{2}")) {
            int century = Integer.parseInt(value) * 100;
            return Optional.of(years(century, 100));
        }
        if (value.matches("\\d{3}")) {
            return Optional.of(years(Integer.parseInt(value) * 10, 10));
        }
        Matcher m = VALUE.matcher(value);
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        try {
            if (m.group(2) != null) {
                int month = Integer.parseInt(m.group(2));
                if (m.group(3) == null) {
                    LocalDateTime start = LocalDate.of(year, month, 1).atStartOfDay();
                    return Optional.of(new DateRange(start, start.plusMonths(1)));
                }
                LocalDate day = LocalDate.of(year, month, Integer.parseInt(m.group(3)));
                if (m.group(4) == null) {
                    return Optional.of(new DateRange(day.atStartOfDay(), day.plusDays(1).atStartOfDay()));
                }
                LocalDateTime minute = day.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
                return Optional.of(new DateRange(minute, minute.plusMinutes(1)));
            }
            if (m.group(6) != null) {
                LocalDate monday = LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(6)))
                        .with(DayOfWeek.MONDAY);
                LocalDate from = m.group(7) != null ? monday.plusDays(5) : monday;
                return Optional.of(new DateRange(from.atStartOfDay(), monday.plusDays(7).atStartOfDay()));
            }
            if (m.group(8) != null) {
                int firstMonth = switch (m.group(8)) {
                    case "SP" -> 3;
                    case "SU" -> 6;
                    case "FA" -> 9;
                    default -> 12;
                };
                LocalDateTime start = LocalDate.of(year, firstMonth, 1).atStartOfDay();
                return Optional.of(new DateRange(start, start.plusMonths(3)));
            }
            if (m.group(9) != null || m.group(10) != null) {
                int months = m.group(9) != null ? 3 : 6;
                int index = Integer.parseInt(m.group(9) != null ? m.group(9) : m.group(10)) - 1;
                LocalDateTime start = LocalDate.of(year, 1 + index * months, 1).atStartOfDay();
                return Optional.of(new DateRange(start, start.plusMonths(months)));
            }
        } catch (java.time.DateTimeException notADate) {
            return Optional.empty();
        }
        return Optional.of(years(year, 1));
    }

    private static DateRange years(int first, int count) {
        return new DateRange(LocalDate.of(first, 1, 1).atStartOfDay(), LocalDate.of(first + count, 1, 1).atStartOfDay());
    }

    boolean overlaps(DateRange other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    /** True when this range lies inside {@code other} and is shorter: it says the same more precisely. */
    boolean isInside(DateRange other) {
        return !start.isBefore(other.start) && !end.isAfter(other.end) && (start.isAfter(other.start) || end.isBefore(other.end));
    }
}
