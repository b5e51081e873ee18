package org.corroborate.engine.annotate.time;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * The English words of time, as regular-expression fragments for the rules and as tables for their values:
 * month and weekday names with their news-wire abbreviations ("Sept.", "Tues."), number words, calendar units,
 * seasons and parts of the day.
 *
 * <p>Month and weekday names match only capitalized, as news text writes them, so that the verbs "may" and
 * "march" never start a date. Other words match in any case through {@code (?i:...)} groups. Holds constants
 * only.
 */
final class TimeWords {

    private TimeWords() {
    }

    /** The trigger standing for any word that starts with a digit. */
    static final String DIGITS = "#";
    static final String[] MONTH_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec"};
    static final String[] WEEKDAY_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays", "mon", "tue",
        "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"};
    static final String[] UNIT_WORDS = {"second", "seconds", "minute", "minutes", "hour", "hours", "day", "days",
        "week", "weeks", "fortnight", "fortnights", "month", "months", "quarter", "quarters", "year", "years", "decade",
        "decades", "century", "centuries", "millennium", "millennia"};

    private static final String TENS_WORD_FOR_ORDINALS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";

    static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November"
            + "|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept\\.|Sep\\.|Oct\\.|Nov\\.|Dec\\.)";
    /** A month as it can stand before a day number, where even an abbreviation without its dot is safe. */
    static final String MONTH_BEFORE_DAY = "(?:" + MONTH.substring(3, MONTH.length() - 1)
            + "|Jan|Feb|Apr|Aug|Sept|Sep|Oct|Nov|Dec)";
    static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
            + "|Mon\\.|Tue\\.|Tues\\.|Wed\\.|Thu\\.|Thur\\.|Thurs\\.|Fri\\.|Sat\\.|Sun\\.)";
    /** A weekday written out in full, the only form safe without a date beside it ("Sun." may be a newspaper). */
    static final String WEEKDAY_NAME = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    static final String WEEKDAYS = "(?:Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays)";
    /** A day of the month, 1 to 31, with an optional ordinal suffix. */
    static final String DAY = "(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?";
    static final String ORDINAL_DAY = "(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh"
            + "|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth"
            + "|twenty[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|thirty[- ]first)";
    /** An ordinal number up to the hundredth, in digits or words, for anniversaries. */
    static final String ORDINAL = "(?:\\d{1,3}(?:st|nd|rd|th)|(?i:(?:" + TENS_WORD_FOR_ORDINALS + ")[- ](?:first|second|third"
            + "|fourth|fifth|sixth|seventh|eighth|ninth)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
            + "|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth"
            + "|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|(?:one )?hundredth))";
    /** A four-digit year from 1000 to 2099. */
    static final String YEAR = "(?:1\\d{3}|20\\d{2})";
    private static final String UNITS_WORD = "one|two|three|four|five|six|seven|eight|nine";
    private static final String TENS_WORD = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    /** A year said in words, as broadcast transcripts write it: "nineteen ninety-six", "two thousand". */
    static final String SPOKEN_YEAR = "(?i:(?:nineteen|eighteen)(?:[- ]hundred(?: and)?)?[- ](?:(?:" + TENS_WORD
            + ")(?:[- ](?:" + UNITS_WORD + "))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
            + "|eighteen|nineteen|oh[- ](?:" + UNITS_WORD + "))|two thousand(?:(?: and)?[- ](?:" + UNITS_WORD
            + "|ten|eleven|twelve))?)";
    static final String NUMBER_WORD = "(?i:(?:" + TENS_WORD + ")(?:[- ](?:" + UNITS_WORD + "))?|(?:a|one) hundred"
            + "|a dozen|a couple(?: of)?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
            + "|ten|" + UNITS_WORD + ")";
    /** A count: digits (with an optional "1/2"), a number word, or a vague quantity ("a few", "several"). */
    static final String COUNT = "(?:\\d+(?:\\.\\d+)?(?: 1/2)?|" + NUMBER_WORD
            + "|(?i:a few|a number of|several|some|many|few|dozens of|hundreds of|thousands of))";
    static final String UNIT = "(?i:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?"
            + "|decades?|century|centuries|millenni(?:um|a))";
    static final String PART_OF_DAY = "(?i:morning|afternoon|evening|night|overnight)";
    static final String SEASON = "(?i:spring|summer|fall|autumn|winter)";
    static final String TIME_ZONE = "(?:[ECMP][SD]T|GMT|UTC|[ECMP]T)";

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));
    private static final Map<String, Integer> SMALL_NUMBERS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("a dozen", 12), Map.entry("a couple", 2), Map.entry("a couple of", 2),
            Map.entry("a hundred", 100), Map.entry("one hundred", 100));
    private static final Map<String, Integer> ORDINALS = Map.ofEntries(
            Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
            Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
            Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12),
            Map.entry("thirteenth", 13), Map.entry("fourteenth", 14), Map.entry("fifteenth", 15),
            Map.entry("sixteenth", 16), Map.entry("seventeenth", 17), Map.entry("eighteenth", 18),
            Map.entry("nineteenth", 19), Map.entry("twentieth", 20), Map.entry("thirtieth", 30),
            Map.entry("fortieth", 40), Map.entry("fiftieth", 50), Map.entry("sixtieth", 60),
            Map.entry("seventieth", 70), Map.entry("eightieth", 80), Map.entry("ninetieth", 90),
            Map.entry("hundredth", 100));
    private static final Pattern ORDINAL_DIGITS = Pattern.compile("(\\d+)(?:st|nd|rd|th)");

    /** The month number of a name or abbreviation ("Sept." is 9). */
    static int month(String name) {
        String key = name.toLowerCase(Locale.ROOT).replace(".", "");
        Integer m = MONTHS.get(key.substring(0, Math.min(3, key.length())));
        if (m == null) {
            throw new IllegalArgumentException("not a month name: " + name);
        }
        return m;
    }

    /** The weekday of a name or abbreviation ("Thurs." is Thursday). */
    static DayOfWeek weekday(String name) {
        String key = name.toLowerCase(Locale.ROOT).replace(".", "");
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().toLowerCase(Locale.ROOT).startsWith(key.substring(0, Math.min(3, key.length())))) {
                return d;
            }
        }
        throw new IllegalArgumentException("not a weekday name: " + name);
    }

    /**
     * The value of a count, or empty when the count is vague ("a few", "several") and the TIMEX3 value takes an
     * {@code X}. Fractions are not counts: see {@link #halves(String)}.
     */
    static OptionalInt count(String words) {
        String w = words.toLowerCase(Locale.ROOT).replace('-', ' ').replaceAll("\\s+", " ").trim();
        if (w.endsWith(" 1/2")) {
            w = w.substring(0, w.length() - 4);
        }
        if (w.matches("\\d+")) {
            return w.length() > 6 ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(w));
        }
        Integer small = SMALL_NUMBERS.get(w);
        if (small != null) {
            return OptionalInt.of(small);
        }
        int space = w.indexOf(' ');
        if (space > 0) {
            Integer tens = SMALL_NUMBERS.get(w.substring(0, space));
            Integer ones = SMALL_NUMBERS.get(w.substring(space + 1));
            if (tens != null && ones != null && tens >= 20 && tens % 10 == 0 && ones < 10) {
                return OptionalInt.of(tens + ones);
            }
        }
        return OptionalInt.empty();
    }

    /** True when a count ends in a half ("2 1/2") and so needs the next smaller unit to be exact. */
    static boolean halves(String words) {
        return words.trim().endsWith("1/2");
    }

    /** The number of an ordinal, in words ("third") or digits ("3rd"). */
    static OptionalInt ordinal(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('-', ' ').trim();
        var digits = ORDINAL_DIGITS.matcher(w);
        if (digits.matches()) {
            return OptionalInt.of(Integer.parseInt(digits.group(1)));
        }
        Integer simple = ORDINALS.get(w);
        if (simple != null) {
            return OptionalInt.of(simple);
        }
        int space = w.indexOf(' ');
        if (space > 0) {
            Integer tens = SMALL_NUMBERS.get(w.substring(0, space));
            Integer ones = ORDINALS.get(w.substring(space + 1));
            if (tens != null && tens >= 20 && tens % 10 == 0 && ones != null && ones < 10) {
                return OptionalInt.of(tens + ones);
            }
            if (w.startsWith("one hundredth") || w.startsWith("a hundredth")) {
                return OptionalInt.of(100);
            }
        }
        return OptionalInt.empty();
    }

    /** The day number of "25", "25th" or "twenty-fifth". */
    static OptionalInt dayOfMonth(String text) {
        String t = text.trim();
        if (Character.isDigit(t.charAt(0))) {
            return OptionalInt.of(Integer.parseInt(t.replaceAll("\\D", "")));
        }
        return ordinal(t);
    }

    /** The year of a spoken year ("nineteen ninety-six" is 1996, "two thousand" is 2000). */
    static OptionalInt spokenYear(String words) {
        String w = words.toLowerCase(Locale.ROOT).replace('-', ' ').replace(" and ", " ").replaceAll("\\s+", " ").trim();
        if (w.startsWith("two thousand")) {
            String rest = w.substring("two thousand".length()).trim();
            if (rest.isEmpty()) {
                return OptionalInt.of(2000);
            }
            OptionalInt n = count(rest);
            return n.isPresent() ? OptionalInt.of(2000 + n.getAsInt()) : OptionalInt.empty();
        }
        int century = w.startsWith("nineteen") ? 1900 : w.startsWith("eighteen") ? 1800 : -1;
        if (century < 0) {
            return OptionalInt.empty();
        }
        String rest = w.substring(w.indexOf(' ') + 1).replaceFirst("^hundred ?", "").trim();
        if (rest.startsWith("oh ")) {
            rest = rest.substring(3);
        }
        OptionalInt n = count(rest);
        return n.isPresent() && n.getAsInt() < 100 ? OptionalInt.of(century + n.getAsInt()) : OptionalInt.empty();
    }

    /** The TIMEX3 duration letter of a unit word, with the {@code T} that time units need. */
    static String durationUnit(String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.startsWith("sec")) {
            return "TS";
        } else if (u.startsWith("min")) {
            return "TM";
        } else if (u.startsWith("hour")) {
            return "TH";
        } else if (u.startsWith("day")) {
            return "D";
        } else if (u.startsWith("fortnight") || u.startsWith("week")) {
            return "W";
        } else if (u.startsWith("month")) {
            return "M";
        } else if (u.startsWith("quarter")) {
            return "Q";
        } else if (u.startsWith("year")) {
            return "Y";
        } else if (u.startsWith("decade")) {
            return "DE";
        } else if (u.startsWith("centur")) {
            return "CE";
        }
        return "ML";
    }

    /** The TIMEX3 part-of-day code: {@code MO}, {@code AF}, {@code EV} or {@code NI}. */
    static String partOfDay(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.contains("morning")) {
            return "MO";
        } else if (w.contains("afternoon")) {
            return "AF";
        } else if (w.contains("evening")) {
            return "EV";
        }
        return "NI";
    }

    /** The TIMEX3 season code: {@code SP}, {@code SU}, {@code FA} or {@code WI}. */
    static String season(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return switch (w) {
            case "spring" -> "SP";
            case "summer" -> "SU";
            case "fall", "autumn" -> "FA";
            default -> "WI";
        };
    }
}
