package org.corroborate.engine.annotate.time;

import static org.corroborate.engine.annotate.time.Reckoning.group;
import static org.corroborate.engine.annotate.time.Reckoning.lower;
import static org.corroborate.engine.annotate.time.TimeWords.DAY;
import static org.corroborate.engine.annotate.time.TimeWords.DIGITS;
import static org.corroborate.engine.annotate.time.TimeWords.MONTH;
import static org.corroborate.engine.annotate.time.TimeWords.MONTH_BEFORE_DAY;
import static org.corroborate.engine.annotate.time.TimeWords.MONTH_WORDS;
import static org.corroborate.engine.annotate.time.TimeWords.ORDINAL_DAY;
import static org.corroborate.engine.annotate.time.TimeWords.PART_OF_DAY;
import static org.corroborate.engine.annotate.time.TimeWords.SEASON;
import static org.corroborate.engine.annotate.time.TimeWords.SPOKEN_YEAR;
import static org.corroborate.engine.annotate.time.TimeWords.WEEKDAY;
import static org.corroborate.engine.annotate.time.TimeWords.WEEKDAY_NAME;
import static org.corroborate.engine.annotate.time.TimeWords.WEEKDAY_WORDS;
import static org.corroborate.engine.annotate.time.TimeWords.YEAR;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import org.corroborate.engine.annotate.time.TimexRule.Resolution;
import org.corroborate.engine.annotate.time.TimexValue.Granularity;
import org.corroborate.model.TimeKind;

/**
 * Rules for expressions that name the calendar: full dates ("August 25, 2001", "25 August 2001", "8/25/01"),
 * dates without a year ("Aug. 25", "Friday, Oct. 23"), months ("Aug. 2001", "last December"), years ("in
 * 2001", "fiscal 1989", "nineteen ninety-six"), decades and centuries ("the 1990s" is {@code 199}), seasons,
 * quarters and halves ("the third quarter", "the first half of 1990"), holidays and weekdays. What the text
 * leaves open comes from the publication date and the sentence's tense ({@link Reckoning#yearly}), or stays
 * {@code X} when there is no date to count from.
 */
final class CalendarRules {

    private CalendarRules() {
    }

    private static final String DAY_OR_ORDINAL = "(?:" + DAY + "|" + ORDINAL_DAY + ")";
    /** Nouns that make a four-digit number a count ("2000 people"), never a year. */
    private static final Set<String> COUNT_NOUNS = Set.of("people", "persons", "men", "women", "children", "troops",
            "soldiers", "workers", "employees", "jobs", "copies", "articles", "votes", "units", "members", "times",
            "points", "shares", "miles", "kilometers", "kilometres", "meters", "metres", "feet", "tons", "tonnes",
            "dollars", "pounds", "euros", "yen", "barrels", "cars", "homes", "houses", "students", "residents",
            "deaths", "cases", "words", "pages", "rooms", "seats", "acres", "hectares", "marks", "francs",
            "signatures", "protesters", "refugees", "civilians", "police", "officers", "guests", "visitors", "fans",
            "followers", "posts", "views", "comments", "likes", "islands", "stores", "planes", "flights",
            "passengers", "patients", "doctors", "lawyers", "prisoners", "delegates", "companies", "firms",
            "banks", "contracts", "years", "days", "hours", "minutes", "pieces", "items", "sq", "square");
    /** Words after which a year before 1800 reads as a year: counts that large are rarely dates otherwise. */
    private static final Set<String> OLD_YEAR_CUES = Set.of("in", "since", "from", "until", "till", "by", "of",
            "during", "before", "after", "circa", "c.", "around", "year", "to", "between", "and", "ad", "a.d.");

    static List<TimexRule> rules() {
        return List.of(
                TimexRule.of("month-day-year",
                        "(?:(?<wd>" + WEEKDAY + "),?\\s+)?(?<month>" + MONTH_BEFORE_DAY + ")\\s+(?<day>" + DAY_OR_ORDINAL
                                + ")(?:,\\s*|\\s+)(?<year>" + YEAR + ")(?![\\w%]|[-/.,]\\d)",
                        CalendarRules::fullDate)
                        .on(MONTH_WORDS),
                TimexRule.of("day-month-year",
                        "(?:(?<wd>" + WEEKDAY + "),?\\s+)?(?:(?i:the)\\s+)?(?<day>" + DAY_OR_ORDINAL
                                + ")\\s+(?:(?i:of)\\s+)?(?<month>" + MONTH_BEFORE_DAY + ")(?:,\\s*|\\s+)(?<year>" + YEAR
                                + ")(?![\\w%]|[-/.,]\\d)",
                        CalendarRules::notACount, CalendarRules::fullDate)
                        .on(MONTH_WORDS),
                TimexRule.of("iso-date",
                        "(?<![\\w/.-])(?<year>" + YEAR + ")-(?<month>0[1-9]|1[0-2])-(?<day>0[1-9]|[12]\\d|3[01])(?![\\w/-])",
                        CalendarRules::fullDate)
                        .on(DIGITS),
                TimexRule.of("numeric-date",
                        "(?<![\\w/.,$-])(?<month>0?[1-9]|1[0-2])/(?<day>0?[1-9]|[12]\\d|3[01])/(?<year>(?:19|20)\\d{2}|\\d{2})"
                                + "(?![\\w/-])",
                        CalendarRules::fullDate)
                        .on(DIGITS),
                TimexRule.of("month-day",
                        "(?:(?<rel>(?i:last|this|next|this past|this coming))\\s+)?(?:(?<wd>" + WEEKDAY + "),?\\s+)?"
                                + "(?<month>" + MONTH_BEFORE_DAY + ")\\s+(?<day>" + DAY_OR_ORDINAL
                                + ")(?![\\w%]|\\s*-\\s*\\d|[.,]\\d)",
                        CalendarRules::monthDay)
                        .on(MONTH_WORDS),
                TimexRule.of("day-month",
                        "(?:(?<rel>(?i:last|this|next|this past|this coming))\\s+)?(?:(?<wd>" + WEEKDAY + "),?\\s+)?"
                                + "(?:(?i:the)\\s+)?(?<day>" + DAY_OR_ORDINAL + ")\\s+(?:(?i:of)\\s+)?(?<month>" + MONTH
                                + ")(?![\\w-])",
                        CalendarRules::notACount, CalendarRules::monthDay)
                        .on(MONTH_WORDS),
                TimexRule.of("month-year",
                        "(?:(?<mod>(?i:early|late|mid|the (?:beginning|end|middle|start) of))[- ]?\\s*)?(?<month>" + MONTH
                                + "),?\\s+(?:(?i:of)\\s+)?(?<year>" + YEAR + "|" + SPOKEN_YEAR + ")(?![\\w%]|[-/.,]\\d)",
                        CalendarRules::monthYear)
                        .on(MONTH_WORDS),
                TimexRule.of("month",
                        "(?:(?<mod>(?i:last|this|next|this past|this coming|early|late|mid|the end of|the beginning of"
                                + "|the middle of|the start of|earlier this|later this|early this|late this|early last"
                                + "|late last|early next|late next))[- ]?\\s*)?(?<month>" + MONTH
                                + ")(?:\\s+(?<rel>(?i:this|last|next) year))?(?![\\w-]|\\s*\\d)",
                        CalendarRules::monthIsNotAName, CalendarRules::month)
                        .on(MONTH_WORDS),
                TimexRule.of("year",
                        "(?:(?<mod>(?i:the year|fiscal(?: year)?|calendar(?: year)?|early|late|mid|the end of"
                                + "|the beginning of|the start of|the middle of|post|pre))[- ]?\\s*)?(?<year>" + YEAR
                                + ")(?![\\w%’']|[.,/:]\\d|-\\d|\\s*(?i:percent))",
                        CalendarRules::yearIsNotACount, CalendarRules::year)
                        .on(DIGITS),
                TimexRule.of("spoken-year",
                        "(?:(?<mod>(?i:the year))\\s+)?(?<year>" + SPOKEN_YEAR + ")(?![\\w-])",
                        CalendarRules::spokenYearIsAYear, CalendarRules::spokenYear)
                        .on("nineteen", "eighteen", "thousand"),
                TimexRule.of("decade",
                        "(?:(?<the>(?i:the))\\s+)?(?:(?<mod>(?i:early|mid|late))[- ]?\\s*)?(?:(?<digits>1\\d\\d|20\\d)0['’]?s"
                                + "|['’](?<short>\\d)0['’]?s|(?<words>(?i:twenties|thirties|forties|fifties|sixties"
                                + "|seventies|eighties|nineties)))(?!\\w)",
                        (text, m) -> m.group("words") == null || m.group("the") != null, CalendarRules::decade)
                        .on("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties",
                                DIGITS),
                TimexRule.of("century",
                        "(?:(?<det>(?i:the|this|last|next))\\s+)?(?:(?<ord>\\d{1,2}(?:st|nd|rd|th)|" + ORDINAL_DAY
                                + ")[- ])?(?i:century)(?![\\w-])",
                        (text, m) -> m.group("ord") != null || m.group("det") != null
                                && !m.group("det").equalsIgnoreCase("the"),
                        CalendarRules::century)
                        .on("century"),
                TimexRule.of("season",
                        "(?:(?<mod>(?i:early|late|mid))[- ]?\\s*)?(?:(?<rel>(?i:this past|this coming|this|last|next"
                                + "|the following|the previous|that|the))\\s+)?(?<season>" + SEASON
                                + ")(?:\\s+(?:(?i:of)\\s+)?(?<year>" + YEAR + "|" + SPOKEN_YEAR + "))?(?![\\w-])",
                        CalendarRules::seasonIsASeason, CalendarRules::season)
                        .on("spring", "summer", "fall", "autumn", "winter"),
                TimexRule.of("quarter",
                        // A determiner belongs to the quarter only when "quarter" is the noun: "the third quarter",
                        // but "[third-quarter] profit" (TimeBank's extents).
                        "(?:(?<det>(?i:the|its|their|this year's|last year's|next year's|this|last|next|the same"
                                + "|the current|the latest|that))\\s+"
                                + "(?=(?:\\d{4}\\s+)?(?:(?i:fiscal|calendar)[- ]?\\s*)?\\p{L}+\\s))?"
                                + "(?:(?<preyear>" + YEAR + ")\\s+)?(?:(?i:fiscal|calendar)[- ]?\\s*)?"
                                + "(?<ord>(?i:first|second|third|fourth|1st|2nd|3rd|4th))[- ](?<part>(?i:quarter|half))"
                                + "(?:\\s+(?:(?i:of)\\s+)?(?:(?i:fiscal\\s+)?(?<year>" + YEAR + ")"
                                + "|(?<rel>(?i:this|last|next) year)))?"
                                + "(?![\\w-]|s\\b)",
                        CalendarRules::quarter)
                        .on("quarter", "half"),
                TimexRule.of("quarter-code",
                        "(?<code>Q[1-4]|H[12])(?:\\s*[ /-]\\s*(?:(?<year>" + YEAR + ")|['’](?<yy>\\d{2})))?(?![\\w-])",
                        CalendarRules::quarterCode)
                        .on("q1", "q2", "q3", "q4", "h1", "h2"),
                TimexRule.of("holiday",
                        "(?:(?<rel>(?i:last|this|next|this past|this coming))\\s+)?(?<name>(?:Christmas|New Year['’]s)"
                                + "(?:\\s+(?:Day|Eve))?|Thanksgiving(?:\\s+Day)?|Easter(?:\\s+(?:Sunday|Monday|week))?"
                                + "|Good Friday|Independence Day|(?:the\\s+)?Fourth of July|Labor Day|Memorial Day"
                                + "|Veterans['’]? Day|Halloween|Valentine['’]s Day|Election Day|Mother['’]s Day"
                                + "|Father['’]s Day|Martin Luther King(?: Jr\\.?)?(?:['’]s)? Day|Presidents['’]? Day"
                                + "|Columbus Day|Boxing Day|St\\. Patrick['’]s Day|Bastille Day)(?:,?\\s+(?<year>" + YEAR
                                + "))?(?![\\w-])",
                        CalendarRules::holiday)
                        .on("christmas", "year", "thanksgiving", "easter", "friday", "independence", "july", "labor",
                                "memorial", "veterans", "halloween", "valentine", "election", "mother", "father", "king",
                                "presidents", "president", "columbus", "boxing", "patrick", "bastille"),
                TimexRule.of("weekday",
                        "(?:(?<rel>(?i:last|this|next|this coming|this past|early|late|earlier|later|the previous"
                                + "|the following|the next|that))\\s+)?(?<wd>" + WEEKDAY_NAME + ")(?:\\s+(?<pod>" + PART_OF_DAY
                                + "))?(?!\\w)",
                        CalendarRules::weekdayIsNotAName, CalendarRules::weekday)
                        .on(WEEKDAY_WORDS));
    }

    // ---- guards ----

    /** "25 May" is a date, "$25 May" or "1,025 May" is not. */
    private static boolean notACount(String text, Matcher m) {
        char before = m.start() > 0 ? text.charAt(m.start() - 1) : ' ';
        return before != '$' && before != ',' && before != '.' && before != '#' && !Character.isDigit(before);
    }

    /**
     * A month name standing alone is a name or a verb when a capitalized word is glued to it ("April Glaspie",
     * "Theresa May", "Stocks May Fall") or when "May" opens a sentence (the modal, "May I ...").
     */
    private static boolean monthIsNotAName(String text, Matcher m) {
        if (m.group("mod") != null || m.group("rel") != null) {
            return true;
        }
        String month = m.group("month");
        int start = m.start("month");
        String after = Surroundings.wordAfter(text, m.end());
        if (Surroundings.capitalized(after) && !isTimeWord(after) && Surroundings.charAfter(text, m.end()) != '.') {
            return false;
        }
        boolean opens = Surroundings.opensSentence(text, 0, start);
        if (month.equals("May") && opens) {
            return false;
        }
        String before = Surroundings.wordBefore(text, start);
        return opens || !Surroundings.capitalized(before) || isTimeWord(before) || before.endsWith(".");
    }

    private static boolean yearIsNotACount(String text, Matcher m) {
        int start = m.start("year");
        if (m.group("mod") == null && start > 0) {
            char before = text.charAt(start - 1);
            if (before == '$' || before == '#' || before == '-' || before == '/' || Character.isLetterOrDigit(before)
                    || (before == '.' || before == ',') && start > 1 && Character.isDigit(text.charAt(start - 2))) {
                return false;
            }
        }
        String after = Surroundings.wordAfter(text, m.end()).toLowerCase(Locale.ROOT);
        if (COUNT_NOUNS.contains(after)) {
            return false;
        }
        // "Articles Published: 1508" and "Posts: 2001": a number after a label that counts things.
        if (Surroundings.charBefore(text, m.start()) == ':' && labelCounts(text, m.start())) {
            return false;
        }
        int year = Integer.parseInt(m.group("year"));
        if (year < 1800 && m.group("mod") == null) {
            return OLD_YEAR_CUES.contains(Surroundings.wordBefore(text, m.start()).toLowerCase(Locale.ROOT));
        }
        return true;
    }

    /** True when the label before a colon at {@code at} starts with a plural noun ("Articles Published:"). */
    private static boolean labelCounts(String text, int at) {
        int colon = text.lastIndexOf(':', at);
        int lineStart = text.lastIndexOf('\n', colon) + 1;
        String label = text.substring(lineStart, colon).trim();
        if (label.isEmpty() || label.split("\\s+").length > 4) {
            return false;
        }
        String first = label.split("\\s+")[0].toLowerCase(Locale.ROOT);
        return first.length() > 3 && first.endsWith("s") && !first.endsWith("ss");
    }

    private static boolean spokenYearIsAYear(String text, Matcher m) {
        if (m.group("mod") != null) {
            return true;
        }
        String words = m.group("year").toLowerCase(Locale.ROOT);
        if (words.startsWith("two thousand")) {
            char after = Surroundings.charAfter(text, m.end());
            return after == 0 || after == '.' || after == ',' || after == ';';
        }
        return !COUNT_NOUNS.contains(Surroundings.wordAfter(text, m.end()).toLowerCase(Locale.ROOT));
    }

    /**
     * "Fall" and "spring" are also verbs and nouns ("prices fall", "the fall of the Berlin Wall"), so they need
     * a determiner or a year; any season needs at least a preposition before it.
     */
    private static boolean seasonIsASeason(String text, Matcher m) {
        String season = m.group("season").toLowerCase(Locale.ROOT);
        String rel = lower(m, "rel");
        boolean hasYear = m.group("year") != null;
        if (hasYear || m.group("mod") != null) {
            return true;
        }
        String after = Surroundings.wordAfter(text, m.end()).toLowerCase(Locale.ROOT);
        boolean verbal = season.equals("fall") || season.equals("spring");
        if (rel.isEmpty()) {
            String before = Surroundings.wordBefore(text, m.start()).toLowerCase(Locale.ROOT);
            return !verbal && Set.of("in", "during", "by", "until", "till", "through", "over", "since", "before", "after",
                    "this", "last", "next", "early", "late").contains(before);
        }
        if (rel.equals("the") && (verbal || after.equals("of"))) {
            return !Set.of("of", "in", "from", "to", "off", "out", "on", "and", "was", "is").contains(after)
                    && !Character.isUpperCase(m.group("season").charAt(0));
        }
        return true;
    }

    /**
     * A weekday is part of a name when a capitalized word that is not a time word follows it ("Sunday Times",
     * "his Sunday Mass"). A capitalized word before it is not a sign: "said in Tokyo Monday" is common.
     */
    private static boolean weekdayIsNotAName(String text, Matcher m) {
        if (m.group("pod") == null) {
            String after = Surroundings.wordAfter(text, m.end());
            if (m.end() < text.length() && text.charAt(m.end()) == ' ' && Surroundings.capitalized(after)
                    && !isTimeWord(after)) {
                return false;
            }
        }
        return true;
    }

    /** Capitalized words that may stand inside or beside a time expression without making it a name. */
    private static final Set<String> TIME_WORDS = Set.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul",
            "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday", "Morning", "Afternoon", "Evening", "Night", "EST", "EDT", "CST", "CDT", "PST", "PDT",
            "GMT", "UTC", "In", "On", "At", "The", "A", "An", "And", "But", "Last", "This", "Next", "Early", "Late", "Mid",
            "Since", "Until", "By", "For", "From", "After", "Before", "During", "When", "While", "As", "It", "He", "She",
            "They", "We", "I", "You", "Its", "His", "Her", "Their", "Our");

    static boolean isTimeWord(String word) {
        return TIME_WORDS.contains(word.endsWith(".") ? word.substring(0, word.length() - 1) : word);
    }

    // ---- resolvers ----

    private static Optional<Resolution> fullDate(Matcher m, Context c) {
        int year = Integer.parseInt(m.group("year"));
        if (m.group("year").length() == 2) {
            // "8/25/01": the century nearest the publication date, else the 20th for 50 and over.
            int yy = year;
            int base = c.dct().map(LocalDate::getYear).orElse(2000);
            year = (base / 100) * 100 + yy;
            if (year > base + 20) {
                year -= 100;
            }
        }
        int month = Character.isDigit(m.group("month").charAt(0))
                ? Integer.parseInt(m.group("month")) : TimeWords.month(m.group("month"));
        OptionalInt day = TimeWords.dayOfMonth(m.group("day"));
        if (day.isEmpty()) {
            return Optional.empty();
        }
        return Reckoning.date(year, month, day.getAsInt()).flatMap(d -> Resolution.date(TimexValue.day(d)));
    }

    /** A date without a year; a weekday beside it ("Friday, Oct. 23") picks the year it falls on that day. */
    private static Optional<Resolution> monthDay(Matcher m, Context c) {
        int month = TimeWords.month(m.group("month"));
        OptionalInt dayNumber = TimeWords.dayOfMonth(m.group("day"));
        if (dayNumber.isEmpty() || Reckoning.date(2000, month, dayNumber.getAsInt()).isEmpty()) {
            return Optional.empty();
        }
        int day = dayNumber.getAsInt();
        // The same day and month dated in full earlier in the text ("Oct. 23, 1998 ... since the Oct. 23
        // shooting") is the same date.
        for (int i = c.mentioned().size() - 1; i >= 0; i--) {
            TimexValue earlier = c.mentioned().get(i);
            if (earlier.granularity() == Granularity.DAY && earlier.start().getMonthValue() == month
                    && earlier.start().getDayOfMonth() == day) {
                return Resolution.date(TimexValue.day(earlier.start()));
            }
        }
        Optional<DayOfWeek> weekday = group(m, "wd").map(TimeWords::weekday);
        Optional<LocalDate> base = c.dct().or(() -> c.anchor().map(TimexValue::start));
        if (weekday.isPresent() && base.isPresent()) {
            // A date falls on the same weekday again after at most eleven years; the nearest such year, the
            // past ones first, is the one meant.
            int y = base.get().getYear();
            for (int year : new int[] {y, y - 1, y + 1, y - 2, y - 3, y - 4, y - 5, y - 6}) {
                Optional<LocalDate> d = Reckoning.date(year, month, day);
                if (d.isPresent() && d.get().getDayOfWeek() == weekday.get()) {
                    return Resolution.date(TimexValue.day(d.get()));
                }
            }
        }
        String rel = lower(m, "rel");
        if (base.isPresent() && (rel.endsWith("last") || rel.endsWith("past"))) {
            LocalDate b = base.get();
            Optional<LocalDate> d = Reckoning.date(b.getYear(), month, day).filter(x -> x.isBefore(b))
                    .or(() -> Reckoning.date(b.getYear() - 1, month, day));
            return d.flatMap(x -> Resolution.date(TimexValue.day(x)));
        } else if (base.isPresent() && (rel.equals("next") || rel.endsWith("coming"))) {
            LocalDate b = base.get();
            Optional<LocalDate> d = Reckoning.date(b.getYear(), month, day).filter(x -> x.isAfter(b))
                    .or(() -> Reckoning.date(b.getYear() + 1, month, day));
            return d.flatMap(x -> Resolution.date(TimexValue.day(x)));
        }
        Optional<TimexValue> v = Reckoning.yearly(y -> Reckoning.date(y, month, day).map(TimexValue::day), c);
        if (v.isPresent() && namesAnEvent(c.text(), m) && c.dct().isPresent()) {
            // "The September 11 attacks": a date that names an event is the event's. In a story set in another
            // year than its publication ("died on August 25, 2001 ... after the September 11 attacks") it is
            // the same day and month nearest the story's last date; otherwise the publication date gives its
            // year only if the event is recent news, else the year stays open.
            Optional<TimexValue> story = c.namedAnchor().filter(a -> a.year() != c.dct().get().getYear()
                    && (a.granularity() == Granularity.DAY || a.granularity() == Granularity.MONTH));
            if (story.isPresent()) {
                LocalDate a = story.get().start();
                return java.util.stream.IntStream.of(a.getYear() - 1, a.getYear(), a.getYear() + 1).boxed()
                        .flatMap(y -> Reckoning.date(y, month, day).stream())
                        .min(java.util.Comparator.comparingLong(d -> Math.abs(d.toEpochDay() - a.toEpochDay())))
                        .flatMap(d -> Resolution.date(TimexValue.day(d)));
            }
            if (Math.abs(v.get().start().toEpochDay() - c.dct().get().toEpochDay()) > EVENT_NAME_DAYS) {
                return Resolution.vague(TimeKind.DATE, String.format(Locale.ROOT, "XXXX-%02d-%02d", month, day));
            }
        }
        if (v.isPresent()) {
            return Resolution.date(v.get());
        }
        return Resolution.vague(TimeKind.DATE, String.format(Locale.ROOT, "XXXX-%02d-%02d", month, day));
    }

    /** How far from the publication date (about six months) a date naming an event may lie and still be recent news. */
    private static final int EVENT_NAME_DAYS = 200;

    /** "The Aug. 7 bombings", "the September 11 attacks": a yearless date standing before a noun it names. */
    private static boolean namesAnEvent(String text, Matcher m) {
        String before = Surroundings.wordBefore(text, m.start()).toLowerCase(Locale.ROOT);
        String after = Surroundings.wordAfter(text, m.end());
        return (before.equals("the") || before.endsWith("'s") || before.endsWith("’s")) && !after.isEmpty()
                && Character.isLowerCase(after.charAt(0)) && m.end() < text.length() && text.charAt(m.end()) == ' '
                && !Set.of("and", "or", "to", "in", "at", "on", "of", "for", "from", "until", "through", "is", "was",
                        "will", "when", "that", "which").contains(after.toLowerCase(Locale.ROOT));
    }

    private static Optional<Resolution> monthYear(Matcher m, Context c) {
        String y = m.group("year");
        OptionalInt year = Character.isDigit(y.charAt(0)) ? OptionalInt.of(Integer.parseInt(y)) : TimeWords.spokenYear(y);
        if (year.isEmpty()) {
            return Optional.empty();
        }
        return Resolution.date(TimexValue.month(year.getAsInt(), TimeWords.month(m.group("month"))));
    }

    private static Optional<Resolution> month(Matcher m, Context c) {
        int month = TimeWords.month(m.group("month"));
        String mod = lower(m, "mod");
        String rel = lower(m, "rel");
        Optional<LocalDate> dct = c.dct();
        if (dct.isEmpty()) {
            return Resolution.vague(TimeKind.DATE, String.format(Locale.ROOT, "XXXX-%02d", month));
        }
        int y = dct.get().getYear();
        int now = dct.get().getMonthValue();
        if (rel.startsWith("this")) {
            return Resolution.date(TimexValue.month(y, month));
        } else if (rel.startsWith("last")) {
            return Resolution.date(TimexValue.month(y - 1, month));
        } else if (rel.startsWith("next")) {
            return Resolution.date(TimexValue.month(y + 1, month));
        }
        if (mod.endsWith("last") || mod.equals("this past")) {
            return Resolution.date(TimexValue.month(month < now ? y : y - 1, month));
        } else if (mod.endsWith("next") || mod.equals("this coming")) {
            return Resolution.date(TimexValue.month(month > now ? y : y + 1, month));
        } else if (mod.endsWith("this")) {
            return Resolution.date(TimexValue.month(y, month));
        }
        return Reckoning.yearly(year -> Optional.of(TimexValue.month(year, month)), c)
                .flatMap(Resolution::date);
    }

    private static Optional<Resolution> year(Matcher m, Context c) {
        return Resolution.date(TimexValue.year(Integer.parseInt(m.group("year"))));
    }

    private static Optional<Resolution> spokenYear(Matcher m, Context c) {
        OptionalInt year = TimeWords.spokenYear(m.group("year"));
        return year.isPresent() ? Resolution.date(TimexValue.year(year.getAsInt())) : Optional.empty();
    }

    private static Optional<Resolution> decade(Matcher m, Context c) {
        int decade;
        if (m.group("digits") != null) {
            decade = Integer.parseInt(m.group("digits"));
        } else if (m.group("short") != null) {
            // "the '80s": the century of the publication date, or of the decade before it when that is ahead.
            int digit = Integer.parseInt(m.group("short"));
            int y = c.dct().map(LocalDate::getYear).orElse(1999);
            decade = (y / 100) * 10 + digit;
            if (decade * 10 > y) {
                decade -= 10;
            }
        } else {
            String w = m.group("words").toLowerCase(Locale.ROOT);
            int tens = List.of("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
                    "nineties").indexOf(w) + 2;
            decade = 190 + tens;
        }
        return Resolution.date(TimexValue.of(Granularity.DECADE, LocalDate.of(decade * 10, 1, 1)));
    }

    private static Optional<Resolution> century(Matcher m, Context c) {
        if (m.group("ord") != null) {
            OptionalInt n = TimeWords.ordinal(m.group("ord"));
            if (n.isEmpty() || n.getAsInt() < 1 || n.getAsInt() > 21) {
                return Optional.empty();
            }
            return Resolution.date(TimexValue.of(Granularity.CENTURY, LocalDate.of((n.getAsInt() - 1) * 100, 1, 1)));
        }
        if (c.dct().isEmpty()) {
            return Resolution.vague(TimeKind.DATE, "XX");
        }
        TimexValue now = TimexValue.of(Granularity.CENTURY, c.dct().get());
        String det = lower(m, "det");
        return Resolution.date(det.equals("last") ? now.next(-1) : det.equals("next") ? now.next(1) : now);
    }

    private static Optional<Resolution> season(Matcher m, Context c) {
        String code = TimeWords.season(m.group("season"));
        if (m.group("year") != null) {
            String y = m.group("year");
            OptionalInt year = Character.isDigit(y.charAt(0)) ? OptionalInt.of(Integer.parseInt(y)) : TimeWords.spokenYear(y);
            return year.isPresent() ? Resolution.date(TimexValue.season(year.getAsInt(), code)) : Optional.empty();
        }
        String rel = lower(m, "rel");
        if (rel.equals("that") || rel.equals("the following") || rel.equals("the previous")) {
            if (c.anchor().isEmpty()) {
                return Resolution.vague(TimeKind.DATE, "XXXX-" + code);
            }
            int y = c.anchor().get().year() + (rel.equals("the following") ? 1 : rel.equals("the previous") ? -1 : 0);
            return Resolution.date(TimexValue.season(y, code));
        }
        if (c.dct().isEmpty()) {
            return Resolution.vague(TimeKind.DATE, "XXXX-" + code);
        }
        LocalDate dct = c.dct().get();
        int y = dct.getYear();
        return switch (rel) {
            case "this", "this coming" -> Resolution.date(TimexValue.season(y, code));
            case "last", "this past" -> {
                TimexValue v = TimexValue.season(y, code);
                yield Resolution.date(v.end().isAfter(dct) ? v.next(-1) : v);
            }
            case "next" -> {
                TimexValue v = TimexValue.season(y, code);
                yield Resolution.date(v.start().isAfter(dct) ? v : v.next(1));
            }
            default -> Reckoning.yearly(year -> Optional.of(TimexValue.season(year, code)), c).flatMap(Resolution::date);
        };
    }

    private static Optional<Resolution> quarter(Matcher m, Context c) {
        int n = ordinalOfPart(lower(m, "ord"));
        boolean half = lower(m, "part").equals("half");
        if (half && n > 2) {
            return Optional.empty();
        }
        String det = lower(m, "det");
        String rel = lower(m, "rel");
        OptionalInt year = OptionalInt.empty();
        if (m.group("year") != null) {
            year = OptionalInt.of(Integer.parseInt(m.group("year")));
        } else if (m.group("preyear") != null) {
            year = OptionalInt.of(Integer.parseInt(m.group("preyear")));
        } else if (c.dct().isPresent()) {
            int y = c.dct().get().getYear();
            if (det.startsWith("this year") || rel.equals("this year")) {
                year = OptionalInt.of(y);
            } else if (det.startsWith("last year") || rel.equals("last year")) {
                year = OptionalInt.of(y - 1);
            } else if (det.startsWith("next year") || rel.equals("next year")) {
                year = OptionalInt.of(y + 1);
            }
        }
        if (year.isPresent()) {
            int yy = year.getAsInt();
            return Resolution.date(half ? TimexValue.half(yy, n) : TimexValue.quarter(yy, n));
        }
        if (det.equals("that") || det.equals("the same")) {
            if (c.anchor().isPresent()) {
                int yy = c.anchor().get().year();
                return Resolution.date(half ? TimexValue.half(yy, n) : TimexValue.quarter(yy, n));
            }
        }
        Optional<TimexValue> v = c.dct().isEmpty() ? Optional.empty() : quarterNear(n, half, c);
        if (v.isEmpty()) {
            return Resolution.vague(TimeKind.DATE, "XXXX-" + (half ? "H" : "Q") + n);
        }
        return Resolution.date(v.get());
    }

    /**
     * A quarter named without a year is the last one of that number to have begun by the publication date:
     * companies report on quarters after they end, and "will report third-quarter results" in October means
     * the quarter just ended, not next year's.
     */
    private static Optional<TimexValue> quarterNear(int n, boolean half, Context c) {
        LocalDate dct = c.dct().get();
        int y = dct.getYear();
        TimexValue inYear = half ? TimexValue.half(y, n) : TimexValue.quarter(y, n);
        return Optional.of(inYear.start().isAfter(dct) ? inYear.plus(Granularity.YEAR, -1) : inYear);
    }

    /** "Q3 2023", "H1 '22", "Q4": the business press's short forms of quarters and halves. */
    private static Optional<Resolution> quarterCode(Matcher m, Context c) {
        boolean half = m.group("code").charAt(0) == 'H';
        int n = m.group("code").charAt(1) - '0';
        OptionalInt year = m.group("year") != null ? OptionalInt.of(Integer.parseInt(m.group("year")))
                : m.group("yy") != null ? OptionalInt.of(2000 + Integer.parseInt(m.group("yy"))) : OptionalInt.empty();
        if (year.isPresent()) {
            int y = year.getAsInt();
            return Resolution.date(half ? TimexValue.half(y, n) : TimexValue.quarter(y, n));
        }
        if (c.dct().isEmpty()) {
            return Resolution.vague(TimeKind.DATE, "XXXX-" + m.group("code"));
        }
        return quarterNear(n, half, c).flatMap(Resolution::date);
    }

    private static int ordinalOfPart(String ord) {
        return switch (ord.charAt(0)) {
            case 'f' -> ord.startsWith("fi") ? 1 : 4;
            case 's' -> 2;
            case 't' -> 3;
            default -> Character.getNumericValue(ord.charAt(0));
        };
    }

    private static Optional<Resolution> holiday(Matcher m, Context c) {
        String name = m.group("name").replaceFirst("^the\\s+", "");
        boolean week = name.toLowerCase(Locale.ROOT).endsWith("week");
        java.util.function.IntFunction<Optional<TimexValue>> inYear = y -> Reckoning.holiday(name, y)
                .map(d -> week ? TimexValue.of(Granularity.WEEK, d) : TimexValue.day(d));
        if (m.group("year") != null) {
            return inYear.apply(Integer.parseInt(m.group("year"))).flatMap(Resolution::date);
        }
        if (c.dct().isEmpty()) {
            return Resolution.vague(TimeKind.DATE, week ? "XXXX-WXX" : "XXXX-XX-XX");
        }
        LocalDate dct = c.dct().get();
        int y = dct.getYear();
        String rel = lower(m, "rel");
        if (rel.equals("last") || rel.equals("this past")) {
            Optional<TimexValue> v = inYear.apply(y);
            return (v.isPresent() && v.get().start().isBefore(dct) ? v : inYear.apply(y - 1)).flatMap(Resolution::date);
        } else if (rel.equals("next") || rel.equals("this coming")) {
            Optional<TimexValue> v = inYear.apply(y);
            return (v.isPresent() && v.get().start().isAfter(dct) ? v : inYear.apply(y + 1)).flatMap(Resolution::date);
        } else if (rel.equals("this")) {
            return inYear.apply(y).flatMap(Resolution::date);
        }
        return Reckoning.yearly(inYear, c).flatMap(Resolution::date);
    }

    private static Optional<Resolution> weekday(Matcher m, Context c) {
        DayOfWeek day = TimeWords.weekday(m.group("wd"));
        String rel = lower(m, "rel");
        String time = group(m, "pod").map(p -> "T" + TimeWords.partOfDay(p)).orElse("");
        boolean fromAnchor = rel.equals("the previous") || rel.equals("the following") || rel.equals("the next")
                || rel.equals("that");
        Optional<LocalDate> base = fromAnchor ? c.anchor().map(TimexValue::start) : c.dct();
        if (base.isEmpty()) {
            return Resolution.vague(time.isEmpty() ? TimeKind.DATE : TimeKind.TIME, "XXXX-WXX-" + day.getValue() + time);
        }
        LocalDate b = base.get();
        LocalDate d = switch (rel) {
            case "last", "this past", "the previous" -> b.minusDays(1).with(TemporalAdjusters.previousOrSame(day));
            case "next", "this coming", "the following", "the next" -> b.plusDays(1).with(TemporalAdjusters.nextOrSame(day));
            case "that" -> nearest(b, day);
            // "Wednesday's ruling": a weekday that owns an event names one already reported.
            default -> Reckoning.weekday(day, b, possessive(c.text(), m.end()) ? Tense.PAST : c.tense());
        };
        TimexValue v = TimexValue.day(d);
        return Resolution.date(time.isEmpty() ? v : v.withTime(time));
    }

    private static boolean possessive(String text, int end) {
        return end + 1 < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '’') && text.charAt(end + 1) == 's';
    }

    private static LocalDate nearest(LocalDate base, DayOfWeek day) {
        LocalDate back = base.with(TemporalAdjusters.previousOrSame(day));
        LocalDate ahead = base.with(TemporalAdjusters.nextOrSame(day));
        return base.toEpochDay() - back.toEpochDay() <= ahead.toEpochDay() - base.toEpochDay() ? back : ahead;
    }
}
