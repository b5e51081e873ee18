package org.corroborate.engine.annotate.time;

import static org.corroborate.engine.annotate.time.TimeWords.DIGITS;
import static org.corroborate.engine.annotate.time.TimeWords.WEEKDAY_WORDS;
import static org.corroborate.engine.annotate.time.TimeWords.UNIT_WORDS;
import static org.corroborate.engine.annotate.time.Reckoning.lower;
import static org.corroborate.engine.annotate.time.TimeWords.COUNT;
import static org.corroborate.engine.annotate.time.TimeWords.DAY;
import static org.corroborate.engine.annotate.time.TimeWords.MONTH;
import static org.corroborate.engine.annotate.time.TimeWords.MONTH_BEFORE_DAY;
import static org.corroborate.engine.annotate.time.TimeWords.TIME_ZONE;
import static org.corroborate.engine.annotate.time.TimeWords.UNIT;
import static org.corroborate.engine.annotate.time.TimeWords.WEEKDAYS;
import static org.corroborate.engine.annotate.time.TimeWords.WEEKDAY_NAME;
import static org.corroborate.engine.annotate.time.TimeWords.YEAR;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import org.corroborate.engine.annotate.time.TimexRule.Resolution;
import org.corroborate.model.TimeKind;

/**
 * Rules for durations ("four years" is {@code P4Y}, "the past two months" {@code P2M}, "a few days"
 * {@code PXD}, "2 1/2 hours" {@code PT2H30M}), sets ("daily" is {@code P1D}, "every Thursday"
 * {@code XXXX-WXX-4}, "$5 million a year" takes {@code P1Y}) and clock times ("10:35 a.m." on the publication
 * date, "5 p.m. EST, Nov. 6", "noon Saturday").
 */
final class DurationRules {

    private DurationRules() {
    }

    /** Words before "a year" that make it a rate ("twice a year", "$5 million a year"), a TIMEX3 set. */
    private static final Set<String> RATE_WORDS = Set.of("times", "twice", "once", "thrice", "percent", "million",
            "billion", "trillion", "cents", "dollars", "hours", "days", "weeks", "months", "points", "shares", "tons",
            "barrels", "%", "each", "apiece");

    private static final String QUALIFIER = "(?i:past|last|next|first|previous|coming|latest|final|initial|additional"
            + "|remaining|following|preceding|prior|same)";
    private static final String UNIT_ADJECTIVE = "(?i:more|additional|straight|consecutive|full|trading|business"
            + "|calendar|working|long|extra)";

    static List<TimexRule> rules() {
        return List.of(
                TimexRule.of("rate",
                        "(?<![\\w-])(?<per>(?i:an?|per))\\s+(?<unit>(?i:day|week|month|year|hour|minute|quarter))"
                                + "(?![\\w-])",
                        DurationRules::isARate, DurationRules::rate)
                        .on("day", "week", "month", "year", "hour", "minute", "quarter"),
                TimexRule.of("duration",
                        "(?:(?<hedge>" + RelativeRules.HEDGE + ")\\s+)?(?:(?<the>(?i:the|each of the))\\s+)?"
                                + "(?:(?<qual>" + QUALIFIER + ")\\s+)?(?:(?<hedge2>" + RelativeRules.COUNT_HEDGE + ")\\s+)?"
                                + "(?<count>" + COUNT + "|(?i:an?))(?:\\s+(?i:to|or)\\s+(?<count2>" + COUNT + "))?"
                                + "(?:\\s+|\\s*-\\s*)(?:(?<adj>" + UNIT_ADJECTIVE + ")\\s+)?(?<unit>" + UNIT + ")"
                                + "(?:-(?i:long))?(?:\\s+(?i:or so))?(?![\\w-])",
                        DurationRules::isADuration, DurationRules::duration)
                        .on(UNIT_WORDS),
                TimexRule.of("half-duration",
                        "(?:(?<hedge>" + RelativeRules.HEDGE + "|" + RelativeRules.COUNT_HEDGE + ")\\s+)?"
                                + "(?i:half an? (?<hunit>hour|day|year|month|decade|century)"
                                + "|(?<count>an?|one|two|three|four|five|six|seven|eight|nine|ten|\\d+) (?<unit>hours?|days?"
                                + "|years?|months?|minutes?|weeks?) and a half)(?![\\w-])",
                        DurationRules::halfDuration)
                        .on("half"),
                TimexRule.of("set-adverb",
                        "(?<![\\w-])(?<word>(?i:daily|weekly|monthly|yearly|annually|hourly|nightly|quarterly|semiannually"
                                + "|semi-annually|biweekly|bimonthly|biannually))(?![\\w-])",
                        DurationRules::adverbIsNotAName, DurationRules::setAdverb)
                        .on("daily", "weekly", "monthly", "yearly", "annually", "hourly", "nightly", "quarterly",
                                "semiannually", "semi", "biweekly", "bimonthly", "biannually"),
                TimexRule.of("set-every",
                        "(?<![\\w-])(?<every>(?i:every|each))\\s+(?:(?<other>(?i:other))\\s+)?(?:(?<count>" + COUNT
                                + ")\\s+)?(?:(?<unit>" + UNIT + ")|(?<wd>" + WEEKDAY_NAME + ")|(?<pod>(?i:morning|afternoon"
                                + "|evening|night))|(?<month>" + MONTH + "))(?![\\w-])",
                        DurationRules::setEvery)
                        .on("every", "each"),
                TimexRule.of("set-weekdays",
                        "(?:(?<wds>" + WEEKDAYS + ")|(?<wd>" + WEEKDAY_NAME + "))(?:\\s+(?<pods>(?i:mornings|afternoons"
                                + "|evenings|nights)))?(?![\\w-])",
                        (text, m) -> m.group("wds") != null || m.group("pods") != null, DurationRules::setWeekdays)
                        .on(WEEKDAY_WORDS),
                TimexRule.of("clock",
                        "(?:(?<approx>(?i:about|around|approximately|shortly after|shortly before|just after"
                                + "|just before))\\s+)?(?<![\\d.:,$])(?<hour>[01]?\\d|2[0-3])(?:[:.](?<minute>[0-5]\\d))?\\s*"
                                + "(?:(?<ampm>(?i:a\\.m\\.|p\\.m\\.|a\\.m|p\\.m|am|pm)(?![\\w]))|(?<oclock>(?i:o'clock"
                                + "|o’clock)))(?:\\s+(?<tz>" + TIME_ZONE + "))?" + dateTail(),
                        DurationRules::clock)
                        .on(DIGITS),
                TimexRule.of("clock-24",
                        "(?<![\\d.:,$])(?<hour>[01]?\\d|2[0-3]):(?<minute>[0-5]\\d)(?:\\s+(?<tz>" + TIME_ZONE
                                + "))?(?![\\d:])" + dateTail(),
                        (text, m) -> m.group("tz") != null || Set.of("at", "by", "until", "after", "before", "around")
                                .contains(Surroundings.wordBefore(text, m.start()).toLowerCase(Locale.ROOT)),
                        DurationRules::clock)
                        .on(DIGITS),
                TimexRule.of("noon",
                        "(?<![\\w-])(?<word>(?i:noon|midnight|midday))(?:\\s+(?<tz>" + TIME_ZONE + "))?" + dateTail(),
                        RelativeRules::lowerCaseOrOpening, DurationRules::clock)
                        .on("noon", "midnight", "midday"),
                TimexRule.of("bare-units",
                        "(?:(?<the>(?i:the))\\s+(?<unit>(?i:days|weeks|months|years))|(?<=\\b(?i:for|within) )"
                                + "(?<unit2>(?i:years|weeks|months|days|decades|centuries)))(?![\\w-])",
                        (text, m) -> RelativeRules.lowerCaseOrOpening(text, m)
                                && !Surroundings.wordAfter(text, m.end()).equalsIgnoreCase("of"),
                        DurationRules::bareUnits)
                        .on("days", "weeks", "months", "years", "decades", "centuries"));
    }

    /** An optional day after a clock time: "Friday", "today", "Nov. 6", "on Oct. 23, 1998". */
    private static String dateTail() {
        return "(?:,?\\s+(?:(?i:on)\\s+)?(?:(?<wd>" + WEEKDAY_NAME + ")|(?<word2>(?i:today|tonight|yesterday|tomorrow))"
                + "|(?<month>" + MONTH_BEFORE_DAY + ")\\s+(?<day>" + DAY + ")(?:,\\s*(?<year>" + YEAR + "))?))?(?![\\w-])";
    }

    // ---- guards ----

    private static boolean isARate(String text, Matcher m) {
        if (lower(m, "per").equals("per")) {
            return true;
        }
        String before = Surroundings.wordBefore(text, m.start()).toLowerCase(Locale.ROOT);
        char c = Surroundings.charBefore(text, m.start());
        return RATE_WORDS.contains(before) || Character.isDigit(c) || c == '%';
    }

    private static boolean isADuration(String text, Matcher m) {
        String count = lower(m, "count");
        String unit = lower(m, "unit");
        if ((count.equals("a") || count.equals("an")) && (unit.startsWith("second") || unit.startsWith("quarter"))) {
            return false;
        }
        if (count.equals("some") && m.group("qual") == null && m.group("the") == null && !unit.endsWith("s")) {
            return false;
        }
        String after = Surroundings.wordAfter(text, m.end()).toLowerCase(Locale.ROOT);
        if (after.startsWith("old")) {
            return false;
        }
        // "three-quarters of its food", "a rolling four-quarter test": fractions and adjectives, not spans of time.
        if (unit.startsWith("quarter") && text.substring(m.start("count"), m.start("unit")).contains("-")) {
            return false;
        }
        int s = m.start("count");
        return !(s > 1 && (text.charAt(s - 1) == ',' || text.charAt(s - 1) == '.') && Character.isDigit(text.charAt(s - 2)));
    }

    /** "the Daily Telegraph", "the Spanish daily El Pais": a newspaper, not a set. */
    private static boolean adverbIsNotAName(String text, Matcher m) {
        if (!RelativeRules.lowerCaseOrOpening(text, m)) {
            return false;
        }
        String after = Surroundings.wordAfter(text, m.end());
        boolean attributive = m.end() < text.length() && text.charAt(m.end()) == ' ' && !after.isEmpty()
                && Character.isLowerCase(after.charAt(0)) && !Set.of("and", "or", "in", "at", "for", "since", "through",
                "until", "to", "from", "by", "on", "as", "with").contains(after);
        // "its quarterly dividend": an adjective that says how often something is paid, not when.
        if (lower(m, "word").equals("quarterly") && attributive) {
            return false;
        }
        return !(Surroundings.capitalized(after) && m.end() < text.length() && text.charAt(m.end()) == ' ')
                && !Set.of("newspaper", "paper", "tabloid", "magazine").contains(after.toLowerCase(Locale.ROOT));
    }

    // ---- resolvers ----

    /** "For years", "the weeks before the vote": a stretch of units, how many unsaid. */
    private static Optional<Resolution> bareUnits(Matcher m, Context c) {
        String unit = m.group("unit") != null ? m.group("unit") : m.group("unit2");
        return Resolution.vague(TimeKind.DURATION, vaguePeriod(TimeWords.durationUnit(unit)));
    }

    private static Optional<Resolution> rate(Matcher m, Context c) {
        return Resolution.vague(TimeKind.SET, period(1, TimeWords.durationUnit(m.group("unit"))));
    }

    private static Optional<Resolution> duration(Matcher m, Context c) {
        String unit = TimeWords.durationUnit(m.group("unit"));
        OptionalInt n = TimeWords.count(m.group("count"));
        if (n.isPresent() && TimeWords.halves(m.group("count"))) {
            return Resolution.vague(TimeKind.DURATION, halfPeriod(n.getAsInt(), unit));
        }
        String value = n.isPresent() ? period(n.getAsInt(), unit) : vaguePeriod(unit);
        return Resolution.vague(TimeKind.DURATION, value);
    }

    private static Optional<Resolution> halfDuration(Matcher m, Context c) {
        if (m.group("hunit") != null) {
            String unit = TimeWords.durationUnit(m.group("hunit"));
            return Resolution.vague(TimeKind.DURATION, halfPeriod(0, unit));
        }
        OptionalInt n = TimeWords.count(m.group("count"));
        return n.isPresent()
                ? Resolution.vague(TimeKind.DURATION, halfPeriod(n.getAsInt(), TimeWords.durationUnit(m.group("unit"))))
                : Optional.empty();
    }

    /** A TIMEX3 duration of {@code n} units: decades and centuries in years, as TimeBank mostly writes them. */
    static String period(int n, String unit) {
        return switch (unit) {
            case "DE" -> "P" + 10 * n + "Y";
            case "CE" -> "P" + 100 * n + "Y";
            case "ML" -> "P" + n + "L";
            default -> unit.startsWith("T") ? "PT" + n + unit.substring(1) : "P" + n + unit;
        };
    }

    private static String vaguePeriod(String unit) {
        return switch (unit) {
            case "DE" -> "PXE";
            case "CE" -> "PXC";
            case "ML" -> "PXL";
            default -> unit.startsWith("T") ? "PTX" + unit.substring(1) : "PX" + unit;
        };
    }

    /** {@code n} and a half units, written with the next smaller unit where one divides evenly. */
    private static String halfPeriod(int n, String unit) {
        String whole = n == 0 ? "" : period(n, unit);
        String half = switch (unit) {
            case "Y" -> "6M";
            case "M" -> "15D";
            case "D" -> "T12H";
            case "TH" -> "30M";
            case "TM" -> "30S";
            case "DE" -> "5Y";
            case "CE" -> "50Y";
            default -> null;
        };
        if (half == null) {
            return "P" + n + ".5" + unit;
        }
        if (whole.isEmpty()) {
            return unit.startsWith("T") || half.startsWith("T") ? "PT" + half.replace("T", "") : "P" + half;
        }
        return whole + half;
    }

    private static Optional<Resolution> setAdverb(Matcher m, Context c) {
        String value = switch (lower(m, "word").replace("-", "")) {
            case "daily", "nightly" -> "P1D";
            case "weekly" -> "P1W";
            case "monthly" -> "P1M";
            case "hourly" -> "PT1H";
            case "quarterly" -> "P3M";
            case "semiannually", "biannually" -> "P6M";
            case "biweekly" -> "P2W";
            case "bimonthly" -> "P2M";
            default -> "P1Y";
        };
        return Resolution.vague(TimeKind.SET, value);
    }

    private static Optional<Resolution> setEvery(Matcher m, Context c) {
        if (m.group("wd") != null) {
            return Resolution.vague(TimeKind.SET, "XXXX-WXX-" + TimeWords.weekday(m.group("wd")).getValue());
        }
        if (m.group("pod") != null) {
            return Resolution.vague(TimeKind.SET, "XXXX-XX-XXT" + TimeWords.partOfDay(m.group("pod")));
        }
        if (m.group("month") != null) {
            return Resolution.vague(TimeKind.SET, String.format(Locale.ROOT, "XXXX-%02d", TimeWords.month(m.group("month"))));
        }
        int n = m.group("count") == null ? 1 : TimeWords.count(m.group("count")).orElse(1);
        if (m.group("other") != null) {
            n *= 2;
        }
        return Resolution.vague(TimeKind.SET, period(n, TimeWords.durationUnit(m.group("unit"))));
    }

    private static Optional<Resolution> setWeekdays(Matcher m, Context c) {
        String name = m.group("wds") != null ? m.group("wds") : m.group("wd");
        DayOfWeek day = TimeWords.weekday(name);
        String time = m.group("pods") == null ? "" : "T" + TimeWords.partOfDay(m.group("pods"));
        return Resolution.vague(TimeKind.SET, "XXXX-WXX-" + day.getValue() + time);
    }

    private static Optional<Resolution> clock(Matcher m, Context c) {
        String time;
        String h = Reckoning.raw(m, "hour");
        if (h != null) {
            int hour = Integer.parseInt(h);
            String mm = Reckoning.raw(m, "minute");
            int minute = mm == null ? 0 : Integer.parseInt(mm);
            String ampm = lower(m, "ampm").replace(".", "");
            if (!ampm.isEmpty()) {
                if (hour < 1 || hour > 12) {
                    return Optional.empty();
                }
                hour = ampm.startsWith("p") ? hour % 12 + 12 : hour % 12;
            }
            time = String.format(Locale.ROOT, "T%02d:%02d", hour, minute);
        } else {
            time = switch (lower(m, "word")) {
                case "midnight" -> "T24:00";
                default -> "T12:00";
            };
        }
        Optional<LocalDate> day = dayOf(m, c);
        if (day.isEmpty()) {
            return Resolution.vague(TimeKind.TIME, "XXXX-XX-XX" + time);
        }
        return Resolution.date(TimexValue.day(day.get()).withTime(time));
    }

    /**
     * The day a clock time is on: the one named beside it, else a day the text named just before (a story told
     * day by day: "was shot Oct. 23 ... at 10 p.m."), else the publication date.
     */
    private static Optional<LocalDate> dayOf(Matcher m, Context c) {
        Optional<LocalDate> dct = c.dct();
        if (m.group("year") != null) {
            return Reckoning.date(Integer.parseInt(m.group("year")), TimeWords.month(m.group("month")),
                    Integer.parseInt(m.group("day").replaceAll("\\D", "")));
        }
        if (dct.isEmpty()) {
            return Optional.empty();
        }
        if (m.group("month") != null) {
            int month = TimeWords.month(m.group("month"));
            int day = Integer.parseInt(m.group("day").replaceAll("\\D", ""));
            return Reckoning.yearly(y -> Reckoning.date(y, month, day).map(TimexValue::day), c).map(TimexValue::start);
        }
        if (m.group("wd") != null) {
            return Optional.of(Reckoning.weekday(TimeWords.weekday(m.group("wd")), dct.get(), c.tense()));
        }
        String word = lower(m, "word2");
        if (word.isEmpty()) {
            Optional<TimexValue> near = c.nearbyAnchor(200).filter(a -> a.granularity() == TimexValue.Granularity.DAY);
            if (near.isPresent()) {
                return Optional.of(near.get().start());
            }
        }
        return Optional.of(switch (word) {
            case "yesterday" -> dct.get().minusDays(1);
            case "tomorrow" -> dct.get().plusDays(1);
            default -> dct.get();
        });
    }
}
