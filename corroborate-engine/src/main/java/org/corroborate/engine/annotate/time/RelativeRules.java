package org.corroborate.engine.annotate.time;

import static org.corroborate.engine.annotate.time.Reckoning.lower;
import static org.corroborate.engine.annotate.time.TimeWords.COUNT;
import static org.corroborate.engine.annotate.time.TimeWords.PART_OF_DAY;
import static org.corroborate.engine.annotate.time.TimeWords.UNIT;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.corroborate.engine.annotate.time.TimexRule.Resolution;
import org.corroborate.engine.annotate.time.TimexValue.Granularity;
import org.corroborate.model.TimeKind;

/**
 * Rules for expressions whose value counts from a reference point: from the publication date ("yesterday",
 * "last week", "two years ago", "this morning", "now" is {@code PRESENT_REF}) or from the last point the text
 * named ("the next day", "the same day", "three years later", "a year earlier", "the year-ago quarter").
 * Without a reference the value keeps {@code X}s for what it would have taken from it.
 */
final class RelativeRules {

    private RelativeRules() {
    }

    /** Words before a count or unit that hedge it; TimeML keeps them inside the expression. */
    static final String HEDGE = "(?i:about|around|approximately|roughly|almost|nearly|some|more than"
            + "|less than|fewer than|at least|at most|up to|no more than|no less than|barely|only|just"
            + "|the better part of|another|an additional)";
    /** Hedges that are prepositions too ("over the past year"), so they count only right before a number. */
    static final String COUNT_HEDGE = "(?i:over|under|just over|just under|well over|well under)";

    static List<TimexRule> rules() {
        return List.of(
                TimexRule.of("deictic",
                        "(?:(?<mod>(?i:early|late|earlier|later))\\s+)?(?<word>(?i:the day before yesterday|the day after"
                                + " tomorrow|today|tonight|tomorrow|yesterday))(?:\\s+(?<pod>" + PART_OF_DAY + "))?(?![\\w-])",
                        RelativeRules::deicticIsNotAName, RelativeRules::deictic)
                        .on("today", "tonight", "tomorrow", "yesterday"),
                TimexRule.of("part-of-day",
                        "(?<rel>(?i:this|last|early this|late this|later this|earlier this))\\s+(?<pod>(?i:morning|afternoon"
                                + "|evening|night))(?![\\w-])",
                        RelativeRules::partOfDay)
                        .on("morning", "afternoon", "evening", "night"),
                TimexRule.of("part-of-day-then-day",
                        "(?:(?<mod>(?i:early|late|mid))[- ]?)?(?<pod>(?i:morning|afternoon|evening|night))"
                                + "(?:\\s+(?:(?<word>(?i:yesterday|today|tomorrow))|(?<wd>" + TimeWords.WEEKDAY_NAME + ")))?"
                                + "(?![\\w-])",
                        (text, m) -> m.group("word") != null || m.group("wd") != null
                                || m.group("mod") != null && !m.group("pod").equalsIgnoreCase("night"),
                        RelativeRules::partOfDayThenDay)
                        .on("morning", "afternoon", "evening", "night"),
                TimexRule.of("this-unit",
                        "(?:(?<mod>(?i:early|late|earlier|later|mid|the end of|the beginning of|the start of|the middle of"
                                + "|the rest of))[- ]?\\s*)?(?<rel>(?i:this past|this coming|this|last|next|the past|the last"
                                + "|the coming|the next|the current|the previous|the following|the preceding|the prior|that"
                                + "|the same|the latest))\\s+(?:(?i:fiscal|calendar)\\s+)?(?<unit>(?i:week|weekend|month|year"
                                + "|decade))(?![\\w-])",
                        RelativeRules::thisUnit)
                        .on("week", "weekend", "month", "year", "decade"),
                TimexRule.of("the-weekend",
                        "(?<![\\w-])(?i:the weekend)(?![\\w-])",
                        RelativeRules::theWeekend)
                        .on("weekend"),
                TimexRule.of("ago",
                        "(?:(?<hedge>" + HEDGE + "|" + COUNT_HEDGE + ")\\s+)?(?:(?<count>" + COUNT + "|(?i:an?))"
                                + "\\s*[- ]?\\s*)?(?<unit>" + UNIT
                                + ")\\s+(?<dir>(?i:ago|earlier|later|from now|hence|back))(?![\\w-])",
                        RelativeRules::agoIsNotAComparison, RelativeRules::ago)
                        .on("ago", "earlier", "later", "hence", "back", "now"),
                TimexRule.of("present",
                        "(?<![\\w-])(?i:right now|just now|now|currently|presently|these days|nowadays|the present"
                                + "|current|(?<=\\bat )the moment)(?![\\w-])",
                        RelativeRules::lowerCaseOrOpening, (m, c) -> Resolution.vague(TimeKind.DATE, "PRESENT_REF"))
                        .on("now", "currently", "presently", "days", "nowadays", "present", "current", "moment"),
                TimexRule.of("past",
                        "(?<![\\w-])(?i:recently|lately|recent|the past|formerly)(?![\\w-])",
                        RelativeRules::lowerCaseOrOpening, (m, c) -> Resolution.vague(TimeKind.DATE, "PAST_REF"))
                        .on("recently", "lately", "recent", "past", "formerly"),
                TimexRule.of("recent-units",
                        "(?<![\\w-])(?<rel>(?i:recent|coming))\\s+(?<unit>(?i:years|months|weeks|days|decades"
                                + "|quarters))(?![\\w-])",
                        RelativeRules::recentUnits)
                        .on("recent", "coming"),
                TimexRule.of("future",
                        // "Future" alone is mostly an adjective of things ("future earnings"), not a time.
                        "(?<![\\w-])(?i:the (?:near |distant |foreseeable |immediate )?future|future (?:years|quarters|months"
                                + "|weeks)|the (?:near|short|long) term)(?![\\w-])",
                        RelativeRules::lowerCaseOrOpening, (m, c) -> Resolution.vague(TimeKind.DATE, "FUTURE_REF"))
                        .on("future", "term"),
                TimexRule.of("narrative-day",
                        "(?:(?<mod>(?i:earlier|later|early|late))\\s+)?(?<phrase>(?i:the same day|that same day|that very day"
                                + "|that day|the next day|the following day|the previous day|the day before(?=\\s*[.,;:!?)]|$)"
                                + "|the day after(?=\\s*[.,;:!?)]|$)"
                                + "|the preceding day|the prior day|a day earlier|a day later|one day later|the next morning"
                                + "|the following morning|that morning|that afternoon|that evening|that night|the same night"
                                + "|the next night|the following night|the previous night|the night before|the previous"
                                + " evening|the next evening))(?![\\w-])",
                        RelativeRules::narrativeDay)
                        .on("day", "morning", "afternoon", "evening", "night"),
                TimexRule.of("year-earlier",
                        // As with quarters, "the" belongs to "the year-earlier period" but not to "[year-earlier] net".
                        "(?:(?<det>(?i:the|its|their|a))\\s+(?=(?:(?i:comparable|corresponding|same)\\s+)?\\S+\\s+(?i:(?:first"
                                + "|second|third|fourth)[- ]quarter|quarter|period|first half|second half|nine months|six months)"
                                + "(?![\\w-])))?(?:(?i:comparable|corresponding|same)\\s+)?(?<adj>(?i:year-earlier"
                                + "|year-ago|year earlier|prior-year|year-before|previous-year))(?:\\s+(?<what>(?i:(?:first"
                                + "|second|third|fourth)[- ]quarter|quarter|period|first half|second half|nine months"
                                + "|six months)))?(?![\\w-])",
                        RelativeRules::yearEarlier)
                        .on("year"),
                TimexRule.of("same-period-last-year",
                        "(?i:the (?:same|corresponding|comparable) (?:period|quarter|time) (?:of |a )?(?:last year|a year"
                                + " (?:ago|earlier))|last year's (?:quarter|period))(?![\\w-])",
                        (m, c) -> Resolution.comparison(quarterBefore(c).plus(Granularity.YEAR, -1)))
                        .on("year"),
                TimexRule.of("relative-quarter",
                        "(?<det>(?i:the|this|next|its|that|their))\\s+(?<adjs>(?:(?i:latest|current|past|previous"
                                + "|preceding|last|next|coming|recent|most recent|same|comparable|final|just-ended|just"
                                + " ended|fiscal)\\s+)*)(?<unit>(?i:quarter|period))(?![\\w-])",
                        RelativeRules::quarterIsATime, RelativeRules::relativeQuarter)
                        .on("quarter", "period"),
                TimexRule.of("year-period",
                        "(?i:the|its)\\s+(?<year>" + TimeWords.YEAR + ")\\s+(?<unit>(?i:quarter|period))(?![\\w-])",
                        RelativeRules::yearPeriod)
                        .on("quarter", "period"),
                TimexRule.of("the-year",
                        "(?<what>(?i:the (?:fiscal |full |calendar )?year))(?![\\w-])",
                        RelativeRules::lowerCaseOrOpening, RelativeRules::theYear)
                        .on("year"),
                TimexRule.of("period-end",
                        "(?<rel>(?i:(?:the|this|last|next)\\s+)?)(?:(?<unit>(?i:year))[- ](?i:end)|(?i:year's end)"
                                + "|(?i:the )?(?<edge>(?i:end|beginning|start|middle)) of (?i:the|this) (?<unit2>(?i:year|month"
                                + "|week|quarter)))(?![\\w-])",
                        RelativeRules::periodEnd)
                        .on("end"));
    }

    // ---- guards ----

    /**
     * "Today", "Tonight", "Now" capitalized inside a sentence are names ("USA Today", "Entertainment Tonight",
     * "the Tonight singer"), not times.
     */
    private static boolean deicticIsNotAName(String text, Matcher m) {
        if (m.group("mod") != null) {
            return true;
        }
        return lowerCaseOrOpening(text, m);
    }

    /**
     * True unless the match starts with a capital inside a sentence: "Today", "Tonight", "Now" and "Noon" written
     * so are names ("USA Today", "Entertainment Tonight", "the Tonight singer", "High Noon").
     */
    static boolean lowerCaseOrOpening(String text, Matcher m) {
        return !Character.isUpperCase(text.charAt(m.start())) || Surroundings.opensSentence(text, 0, m.start());
    }

    /** "two years earlier than planned" compares; "two years earlier" alone dates. */
    private static boolean agoIsNotAComparison(String text, Matcher m) {
        String dir = lower(m, "dir");
        if (m.group("count") == null && !dir.equals("ago")) {
            return false;
        }
        if (m.group("count") == null && !m.group("unit").toLowerCase(Locale.ROOT).endsWith("s")) {
            return false;
        }
        if (dir.equals("earlier") || dir.equals("later")) {
            String after = Surroundings.wordAfter(text, m.end()).toLowerCase(Locale.ROOT);
            return !after.equals("than");
        }
        return true;
    }

    private static boolean quarterIsATime(String text, Matcher m) {
        String unit = m.group("unit");
        if (Character.isUpperCase(unit.charAt(0))) {
            return false;
        }
        String adjs = lower(m, "adjs");
        if (unit.equalsIgnoreCase("period")) {
            return adjs.contains("latest") || adjs.contains("comparable") || adjs.contains("same")
                    || adjs.contains("just");
        }
        return !Surroundings.wordAfter(text, m.end()).equalsIgnoreCase("of");
    }

    // ---- resolvers ----

    private static Optional<Resolution> deictic(Matcher m, Context c) {
        String word = lower(m, "word");
        int offset = switch (word) {
            case "the day before yesterday" -> -2;
            case "yesterday" -> -1;
            case "tomorrow" -> 1;
            case "the day after tomorrow" -> 2;
            default -> 0;
        };
        String time = m.group("pod") != null ? "T" + TimeWords.partOfDay(m.group("pod"))
                : word.equals("tonight") ? "TNI" : "";
        if (c.dct().isEmpty()) {
            return Resolution.vague(time.isEmpty() ? TimeKind.DATE : TimeKind.TIME, "XXXX-XX-XX" + time);
        }
        TimexValue day = TimexValue.day(c.dct().get().plusDays(offset));
        return Resolution.date(time.isEmpty() ? day : day.withTime(time));
    }

    private static Optional<Resolution> partOfDay(Matcher m, Context c) {
        String rel = lower(m, "rel");
        String time = "T" + TimeWords.partOfDay(m.group("pod"));
        if (c.dct().isEmpty()) {
            return Resolution.vague(TimeKind.TIME, "XXXX-XX-XX" + time);
        }
        LocalDate d = rel.equals("last") ? c.dct().get().minusDays(1) : c.dct().get();
        return Resolution.date(TimexValue.day(d).withTime(time));
    }

    private static Optional<Resolution> partOfDayThenDay(Matcher m, Context c) {
        String time = "T" + TimeWords.partOfDay(m.group("pod"));
        if (c.dct().isEmpty()) {
            return Resolution.vague(TimeKind.TIME, "XXXX-XX-XX" + time);
        }
        LocalDate dct = c.dct().get();
        LocalDate d = m.group("wd") != null
                ? Reckoning.weekday(TimeWords.weekday(m.group("wd")), dct, c.tense())
                : dct.plusDays(switch (lower(m, "word")) {
                    case "yesterday" -> -1;
                    case "tomorrow" -> 1;
                    default -> 0;
                });
        return Resolution.date(TimexValue.day(d).withTime(time));
    }

    private static Optional<Resolution> thisUnit(Matcher m, Context c) {
        String rel = lower(m, "rel");
        String unit = lower(m, "unit");
        boolean fromAnchor = rel.equals("that") || rel.equals("the same") || rel.equals("the following")
                || rel.equals("the previous") || rel.equals("the preceding") || rel.equals("the prior");
        int shift = switch (rel) {
            case "last", "the past", "the last", "this past", "the latest", "the previous", "the preceding",
                    "the prior" -> -1;
            case "next", "the coming", "the next", "this coming", "the following" -> 1;
            default -> 0;
        };
        if (unit.equals("decade") && rel.equals("the past")) {
            return Resolution.vague(TimeKind.DURATION, "P10Y");
        }
        Optional<TimexValue> base = fromAnchor ? c.anchor() : c.today();
        if (base.isEmpty()) {
            return Resolution.vague(TimeKind.DATE, switch (unit) {
                case "week" -> "XXXX-WXX";
                case "weekend" -> "XXXX-WXX-WE";
                case "month" -> "XXXX-XX";
                case "decade" -> "XXX";
                default -> "XXXX";
            });
        }
        Granularity g = switch (unit) {
            case "week" -> Granularity.WEEK;
            case "weekend" -> Granularity.WEEKEND;
            case "month" -> Granularity.MONTH;
            case "decade" -> Granularity.DECADE;
            default -> Granularity.YEAR;
        };
        TimexValue b = base.get();
        if (b.granularity().ordinal() < g.ordinal() && fromAnchor) {
            // "That month" after "in 1995": the year is known, the month is not.
            String year = String.format(Locale.ROOT, "%04d", b.year());
            return Resolution.vague(TimeKind.DATE, switch (g) {
                case MONTH -> year + "-XX";
                case WEEK -> year + "-WXX";
                case WEEKEND -> year + "-WXX-WE";
                default -> b.format();
            });
        }
        TimexValue v = b.at(g);
        return Resolution.date(v.next(shift));
    }

    /** "The weekend" in news is the one just past, or the coming one in a future sentence. */
    private static Optional<Resolution> theWeekend(Matcher m, Context c) {
        if (c.dct().isEmpty()) {
            return Resolution.vague(TimeKind.DATE, "XXXX-WXX-WE");
        }
        LocalDate dct = c.dct().get();
        TimexValue v = TimexValue.of(Granularity.WEEKEND, dct);
        boolean inIt = dct.getDayOfWeek().getValue() >= 6;
        return Resolution.date(inIt || c.tense() == Tense.FUTURE ? v : v.next(-1));
    }

    private static Optional<Resolution> ago(Matcher m, Context c) {
        String dir = lower(m, "dir");
        boolean back = dir.equals("ago") || dir.equals("earlier") || dir.equals("back");
        OptionalInt n = m.group("count") == null ? OptionalInt.empty() : TimeWords.count(m.group("count"));
        String unit = TimeWords.durationUnit(m.group("unit"));
        if (n.isEmpty()) {
            return Resolution.vague(TimeKind.DATE, back ? "PAST_REF" : "FUTURE_REF");
        }
        int amount = n.getAsInt() * (back ? -1 : 1);
        Granularity g;
        switch (unit) {
            case "Y" -> g = Granularity.YEAR;
            case "DE" -> {
                g = Granularity.YEAR;
                amount *= 10;
            }
            case "CE" -> {
                g = Granularity.YEAR;
                amount *= 100;
            }
            case "Q" -> g = Granularity.QUARTER;
            case "M" -> g = Granularity.MONTH;
            case "W" -> g = Granularity.WEEK;
            case "D" -> g = Granularity.DAY;
            default -> {
                // "Two hours ago": the day it happened on; the clock time would need the publication time.
                g = Granularity.DAY;
                amount = 0;
            }
        }
        boolean narrative = dir.equals("earlier") || dir.equals("later");
        Optional<TimexValue> base;
        if (narrative) {
            base = c.anchor();
        } else {
            // "a year ago" after "third-quarter profit" is the year-ago quarter (TimeBank's financial news).
            base = c.namedAnchor()
                    .filter(a -> g == Granularity.YEAR && (a.granularity() == Granularity.QUARTER
                            || a.granularity() == Granularity.HALF))
                    .or(c::today);
        }
        if (base.isEmpty()) {
            return Resolution.vague(TimeKind.DATE, switch (g) {
                case YEAR -> "XXXX";
                case QUARTER -> "XXXX-QX";
                case MONTH -> "XXXX-XX";
                case WEEK -> "XXXX-WXX";
                default -> "XXXX-XX-XX";
            });
        }
        TimexValue b = base.get();
        Granularity shiftUnit = unit.equals("DE") || unit.equals("CE") ? Granularity.YEAR : g;
        // Counting from a named point keeps its precision ("a year earlier" than a quarter is a quarter);
        // counting from the publication date names a stretch of the unit counted ("two years ago" is a year).
        TimexValue v = narrative || b.granularity() == Granularity.QUARTER || b.granularity() == Granularity.HALF
                ? b : b.at(g);
        TimexValue result = v.plus(shiftUnit, amount);
        boolean comparison = dir.equals("earlier") || v.granularity() == Granularity.QUARTER
                || v.granularity() == Granularity.HALF;
        return comparison ? Resolution.comparison(result) : Resolution.date(result);
    }

    private static Optional<Resolution> recentUnits(Matcher m, Context c) {
        String unit = lower(m, "unit");
        if (lower(m, "rel").equals("coming")) {
            return Resolution.vague(TimeKind.DATE, "FUTURE_REF");
        }
        if (unit.equals("years")) {
            return Resolution.vague(TimeKind.DATE, "PAST_REF");
        }
        String letter = TimeWords.durationUnit(unit);
        return Resolution.vague(TimeKind.DURATION, "P" + (letter.startsWith("T") ? "TX" + letter.substring(1)
                : "X" + letter.replace("DE", "E")));
    }

    private static Optional<Resolution> narrativeDay(Matcher m, Context c) {
        String phrase = lower(m, "phrase");
        int offset = phrase.contains("next") || phrase.contains("following") || phrase.contains("after")
                || phrase.endsWith("later") ? 1
                : phrase.contains("previous") || phrase.contains("before") || phrase.contains("preceding")
                || phrase.contains("prior") || phrase.endsWith("earlier") ? -1 : 0;
        String time = phrase.endsWith("morning") ? "TMO" : phrase.endsWith("afternoon") ? "TAF"
                : phrase.endsWith("evening") ? "TEV" : phrase.endsWith("night") ? "TNI" : "";
        // "The same day as the shoot" names its own reference, an event the text has not dated: the day is
        // unknown, whatever date came before. Otherwise the day counts from the last date the text named; with
        // none, from nothing (the publication date is not the day of a story's events).
        String after = Surroundings.wordAfter(c.text(), m.end()).toLowerCase(Locale.ROOT);
        boolean ownReference = phrase.contains("same") && (after.equals("as") || after.equals("of"));
        Optional<TimexValue> anchor = ownReference ? Optional.empty() : c.namedAnchor();
        if (anchor.isEmpty()) {
            return Resolution.vague(time.isEmpty() ? TimeKind.DATE : TimeKind.TIME, "XXXX-XX-XX" + time);
        }
        TimexValue a = anchor.get();
        if (a.granularity() != Granularity.DAY) {
            String prefix = a.granularity() == Granularity.MONTH ? a.format() + "-XX"
                    : a.granularity() == Granularity.YEAR ? a.format() + "-XX-XX" : "XXXX-XX-XX";
            return Resolution.vague(time.isEmpty() ? TimeKind.DATE : TimeKind.TIME, prefix + time);
        }
        TimexValue day = TimexValue.day(a.start().plusDays(offset));
        return Resolution.date(time.isEmpty() ? day : day.withTime(time));
    }

    /** The last quarter that ended by the publication date: the one quarterly reports are about. */
    private static TimexValue quarterBefore(Context c) {
        return c.namedAnchor().filter(a -> a.granularity() == Granularity.QUARTER)
                .orElseGet(() -> c.dct().map(d -> TimexValue.of(Granularity.QUARTER, d).next(-1))
                        .orElse(TimexValue.quarter(1, 1)));
    }

    private static Optional<Resolution> yearEarlier(Matcher m, Context c) {
        String what = lower(m, "what");
        if (what.endsWith("months")) {
            return Resolution.vague(TimeKind.DURATION, what.startsWith("nine") ? "P9M" : "P6M");
        }
        if (c.dct().isEmpty() && c.namedAnchor().isEmpty()) {
            return Resolution.vague(TimeKind.DATE, what.contains("quarter") ? "XXXX-QX" : "XXXX");
        }
        if (what.contains("-quarter") || what.contains(" quarter")) {
            String ordinal = what.substring(0, what.indexOf(what.contains("-") ? '-' : ' '));
            int n = List.of("first", "second", "third", "fourth").indexOf(ordinal) + 1;
            LocalDate dct = c.dct().orElseGet(() -> c.namedAnchor().get().start());
            TimexValue q = TimexValue.quarter(dct.getYear(), n);
            if (q.start().isAfter(dct)) {
                q = q.next(-1);
            }
            return Resolution.comparison(q.plus(Granularity.YEAR, -1));
        }
        if (what.contains("half")) {
            LocalDate dct = c.dct().orElseGet(() -> c.namedAnchor().get().start());
            TimexValue h = TimexValue.half(dct.getYear(), what.startsWith("first") ? 1 : 2);
            return Resolution.comparison((h.start().isAfter(dct) ? h.next(-1) : h).plus(Granularity.YEAR, -1));
        }
        Optional<TimexValue> anchor = c.namedAnchor();
        if (what.isEmpty() && anchor.isPresent() && anchor.get().granularity() != Granularity.QUARTER
                && anchor.get().granularity() != Granularity.HALF && anchor.get().granularity() != Granularity.YEAR) {
            return Resolution.comparison(anchor.get().at(Granularity.YEAR).plus(Granularity.YEAR, -1));
        }
        if (what.isEmpty() && c.dct().isPresent() && (anchor.isEmpty() || anchor.get().granularity() == Granularity.YEAR)) {
            return Resolution.comparison(TimexValue.year(c.dct().get().getYear() - 1));
        }
        return Resolution.comparison(quarterBefore(c).plus(Granularity.YEAR, -1));
    }

    private static Optional<Resolution> relativeQuarter(Matcher m, Context c) {
        String det = lower(m, "det");
        String adjs = lower(m, "adjs");
        if (c.dct().isEmpty() && c.namedAnchor().isEmpty()) {
            return Resolution.vague(TimeKind.DATE, "XXXX-QX");
        }
        Optional<TimexValue> current = c.dct().map(d -> TimexValue.of(Granularity.QUARTER, d));
        if ((det.equals("this") || adjs.contains("current")) && current.isPresent()) {
            return Resolution.date(current.get());
        }
        if ((det.equals("next") || adjs.contains("next") || adjs.contains("coming")) && current.isPresent()) {
            return Resolution.date(current.get().next(1));
        }
        if (adjs.contains("comparable")) {
            return Resolution.comparison(quarterBefore(c).plus(Granularity.YEAR, -1));
        }
        boolean lastOne = Stream.of("latest", "past", "previous", "preceding", "last", "recent", "just")
                .anyMatch(adjs::contains);
        if (lastOne && current.isPresent()) {
            return Resolution.date(current.get().next(-1));
        }
        return Resolution.date(quarterBefore(c));
    }

    /**
     * "The 1988 quarter" in a report on a quarter is that quarter's number in 1988; "the 1988 period" the same
     * when a quarter is being discussed, else the year.
     */
    private static Optional<Resolution> yearPeriod(Matcher m, Context c) {
        int year = Integer.parseInt(m.group("year"));
        Optional<TimexValue> q = c.namedAnchor().filter(a -> a.granularity() == Granularity.QUARTER)
                .or(() -> lower(m, "unit").equals("quarter") ? c.dct().map(d -> TimexValue.of(Granularity.QUARTER, d).next(-1))
                        : Optional.empty());
        if (q.isEmpty()) {
            return Resolution.comparison(TimexValue.year(year));
        }
        return Resolution.comparison(q.get().plus(Granularity.YEAR, year - q.get().year()));
    }

    /**
     * "The year ended Sept. 30" is a year's span (TimeBank's {@code P1Y}); "for the year" or "the full year"
     * alone is the current one.
     */
    private static Optional<Resolution> theYear(Matcher m, Context c) {
        String after = Surroundings.wordAfter(c.text(), m.end()).toLowerCase(Locale.ROOT);
        if (after.equals("ended") || after.equals("ending") || after.equals("ends") || after.equals("to")) {
            return Resolution.vague(TimeKind.DURATION, "P1Y");
        }
        if (c.dct().isEmpty()) {
            return Resolution.vague(TimeKind.DATE, "XXXX");
        }
        return Resolution.date(TimexValue.year(c.dct().get().getYear()));
    }

    private static Optional<Resolution> periodEnd(Matcher m, Context c) {
        String rel = lower(m, "rel");
        String unit = m.group("unit2") != null ? lower(m, "unit2") : "year";
        if (c.dct().isEmpty()) {
            return Resolution.vague(TimeKind.DATE, switch (unit) {
                case "month" -> "XXXX-XX";
                case "week" -> "XXXX-WXX";
                case "quarter" -> "XXXX-QX";
                default -> "XXXX";
            });
        }
        Granularity g = switch (unit) {
            case "month" -> Granularity.MONTH;
            case "week" -> Granularity.WEEK;
            case "quarter" -> Granularity.QUARTER;
            default -> Granularity.YEAR;
        };
        TimexValue v = TimexValue.of(g, c.dct().get());
        v = rel.equals("last") ? v.next(-1) : rel.equals("next") ? v.next(1) : v;
        if (m.group("unit") != null && m.group().contains("-")) {
            // "year-end" is the closing day of the books: the one ahead, or the last one in a past sentence.
            TimexValue lastDay = TimexValue.day(v.end().minusDays(1));
            return Resolution.date(c.tense() == Tense.PAST && rel.isEmpty() ? lastDay.plus(Granularity.YEAR, -1) : lastDay);
        }
        return Resolution.date(v);
    }
}
