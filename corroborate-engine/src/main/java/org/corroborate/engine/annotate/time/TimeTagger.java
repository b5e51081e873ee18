package org.corroborate.engine.annotate.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.model.Span;
import org.corroborate.model.TimeExpression;
import org.corroborate.model.TimeKind;

/**
 * Finds dates, weekdays, years and durations in text with rules, and normalizes them to TIMEX3 values:
 * "August 25, 2001" → {@code 2001-08-25}, "Aug. 2001" → {@code 2001-08}, "in 2001" → {@code 2001}, "Friday"
 * → the Friday on or before the reference date, "two years" → {@code P2Y}. Without a reference date, what
 * depends on it keeps {@code X}s ({@code XXXX-09-11}) rather than a guess.
 *
 * <p>Thread-safe: holds no state.
 */
public final class TimeTagger {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
            Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
            Map.entry("sept", 9), Map.entry("sep", 9), Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?"
            + "|Nov\\.?|Dec\\.?)";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String YEAR = "((?:1[6-9]|20)\\d{2})";

    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR + "\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b" + DAY + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR + "\\b");
    private static final Pattern ISO_DATE = Pattern.compile("\\b" + YEAR + "-(\\d{2})-(\\d{2})\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + ",?\\s+(?:of\\s+)?" + YEAR + "\\b");
    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH + "\\s+" + DAY + "\\b(?!,?\\s*\\d)");
    private static final Pattern YEAR_ALONE = Pattern.compile(
            "(?i)(?<=\\b(?:in|since|by|from|until|till|of|during|before|after|early|late|mid|around|circa|back in)\\s)"
                    + YEAR + "\\b(?![-–]\\d| (?:people|copies|articles|votes|units|members|times))");
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    private static final Pattern DEICTIC = Pattern.compile("\\b(today|yesterday|tomorrow|tonight)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DURATION = Pattern.compile(
            "(?i)\\b(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty)[- ]"
                    + "(year|month|week|day|hour|minute|decade)s?(?:[- ]long)?\\b(?! old)(\\s+ago)?");
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("twenty", 20), Map.entry("thirty", 30));

    /** The time expressions in the regions of {@code text}, in text order, none overlapping another. */
    public List<TimeExpression> tag(String text, List<Span> regions, Optional<LocalDate> reference) {
        List<TimeExpression> found = new ArrayList<>();
        for (Span region : regions) {
            String part = region.of(text);
            List<TimeExpression> inRegion = new ArrayList<>();
            // Longest forms first; a later rule never takes chars an earlier one took.
            scan(MONTH_DAY_YEAR, part, region, inRegion, m -> date(year(m.group(3)), month(m.group(1)), day(m.group(2))));
            scan(DAY_MONTH_YEAR, part, region, inRegion, m -> date(year(m.group(3)), month(m.group(2)), day(m.group(1))));
            scan(ISO_DATE, part, region, inRegion, m -> date(year(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
            scan(MONTH_YEAR, part, region, inRegion, m -> String.format(Locale.ROOT, "%04d-%02d", year(m.group(2)), month(m.group(1))));
            scan(MONTH_DAY, part, region, inRegion, m -> monthDay(month(m.group(1)), day(m.group(2)), reference));
            scan(YEAR_ALONE, part, region, inRegion, m -> m.group(1));
            scan(WEEKDAY, part, region, inRegion, m -> weekday(m.group(1), reference));
            scan(DEICTIC, part, region, inRegion, m -> deictic(m.group(1), reference));
            scanDurations(part, region, inRegion, reference);
            inRegion.sort((a, b) -> a.span().compareTo(b.span()));
            found.addAll(inRegion);
        }
        return found;
    }

    private interface Normalizer {
        String value(Matcher m);
    }

    private static void scan(Pattern pattern, String part, Span region, List<TimeExpression> into, Normalizer normalizer) {
        Matcher m = pattern.matcher(part);
        while (m.find()) {
            Span span = new Span(region.start() + m.start(), region.start() + m.end());
            if (taken(into, span) || (pattern == MONTH_DAY || pattern == MONTH_YEAR) && m.group(1).equals("May")
                    && !precededByPreposition(part, m.start())) {
                continue; // "May" is also a verb and a name: take it only after "in", "on", "since" and the like
            }
            String value = normalizer.value(m);
            if (value != null) {
                into.add(new TimeExpression(span, m.group(), kindOf(value), value));
            }
        }
    }

    private static void scanDurations(String part, Span region, List<TimeExpression> into, Optional<LocalDate> reference) {
        Matcher m = DURATION.matcher(part);
        while (m.find()) {
            Span span = new Span(region.start() + m.start(), region.start() + m.end());
            if (taken(into, span)) {
                continue;
            }
            String n = m.group(1).toLowerCase(Locale.ROOT);
            int amount = NUMBER_WORDS.containsKey(n) ? NUMBER_WORDS.get(n) : Integer.parseInt(n);
            String unit = m.group(2).toLowerCase(Locale.ROOT);
            if (m.group(3) != null) {
                into.add(new TimeExpression(span, m.group(), TimeKind.DATE, ago(amount, unit, reference)));
            } else {
                into.add(new TimeExpression(span, m.group(), TimeKind.DURATION, duration(amount, unit)));
            }
        }
    }

    private static boolean taken(List<TimeExpression> found, Span span) {
        return found.stream().anyMatch(t -> t.span().overlaps(span));
    }

    private static boolean precededByPreposition(String part, int at) {
        String before = part.substring(Math.max(0, at - 8), at).toLowerCase(Locale.ROOT);
        return before.matches(".*\\b(in|on|since|by|until|of|early|late|mid|last|next|this)\\s+$");
    }

    private static TimeKind kindOf(String value) {
        return value.startsWith("P") ? TimeKind.DURATION : value.contains("T") ? TimeKind.TIME : TimeKind.DATE;
    }

    private static int month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT).replace(".", ""));
    }

    private static int day(String s) {
        return Integer.parseInt(s);
    }

    private static int year(String s) {
        return Integer.parseInt(s);
    }

    private static String date(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > LocalDate.of(year, month, 1).lengthOfMonth()) {
            return null;
        }
        return String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
    }

    /** A month and day without a year: in the reference date's year, or the year before if that is later. */
    private static String monthDay(int month, int day, Optional<LocalDate> reference) {
        if (day < 1 || day > 31) {
            return null;
        }
        if (reference.isEmpty()) {
            return String.format(Locale.ROOT, "XXXX-%02d-%02d", month, day);
        }
        return String.format(Locale.ROOT, "%04d-%02d-%02d", reference.get().getYear(), month, day);
    }

    /** A weekday named without a date: news means the nearest such day, most often the past one. */
    private static String weekday(String name, Optional<LocalDate> reference) {
        DayOfWeek day = DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
        return reference.map(r -> r.with(TemporalAdjusters.previousOrSame(day)).toString())
                .orElse("XXXX-WXX-" + day.getValue());
    }

    private static String deictic(String word, Optional<LocalDate> reference) {
        if (reference.isEmpty()) {
            return "PRESENT_REF";
        }
        LocalDate r = reference.get();
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "yesterday" -> r.minusDays(1).toString();
            case "tomorrow" -> r.plusDays(1).toString();
            case "tonight" -> r + "TNI";
            default -> r.toString();
        };
    }

    private static String ago(int amount, String unit, Optional<LocalDate> reference) {
        if (reference.isEmpty()) {
            return "PAST_REF";
        }
        LocalDate r = reference.get();
        return switch (unit) {
            case "year" -> String.valueOf(r.getYear() - amount);
            case "decade" -> String.valueOf(r.getYear() - 10 * amount);
            case "month" -> r.minusMonths(amount).toString().substring(0, 7);
            case "week" -> r.minusWeeks(amount).toString();
            default -> r.minusDays(unit.equals("day") ? amount : 0).toString();
        };
    }

    private static String duration(int amount, String unit) {
        return switch (unit) {
            case "year" -> "P" + amount + "Y";
            case "decade" -> "P" + amount + "DE";
            case "month" -> "P" + amount + "M";
            case "week" -> "P" + amount + "W";
            case "day" -> "P" + amount + "D";
            case "hour" -> "PT" + amount + "H";
            default -> "PT" + amount + "M";
        };
    }
}
