package org.corroborate.engine.extract;

import java.util.Locale;
import java.util.Set;

/** Words that name a time: days, months, parts of the day, units. Thread-safe: constant. */
final class TimeNames {

    private static final Set<String> DATES = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sept.",
            "sep.", "oct.", "nov.", "dec.");
    private static final Set<String> TIMES = Set.of("today", "yesterday", "tonight", "morning", "afternoon", "evening",
            "night", "week", "month", "year", "weekend", "day", "days", "weeks", "months", "years");

    private TimeNames() {
    }

    /** A day or month name, or a number: "on April 2", "on Monday", "on 12 May". */
    static boolean isDateWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return DATES.contains(w) || !w.isEmpty() && Character.isDigit(w.charAt(0));
    }

    /** A day or month name or a word of time ("week", "morning", "today"); not a number. */
    static boolean isTimeWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return DATES.contains(w) || TIMES.contains(w);
    }
}
