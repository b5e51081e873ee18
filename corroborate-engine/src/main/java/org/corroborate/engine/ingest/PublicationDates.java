package org.corroborate.engine.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.model.Published;

/**
 * Reads the publication dates that containers and page metadata give, as precisely as they give them:
 * ISO-8601 with or without time, fraction and offset (also the common {@code +0000} offset without a colon);
 * news-please's {@code 2019-05-13 12:00:00}; RFC 1123 and RFC 822 ({@code Tue, 3 Jun 2008 11:05:30 GMT}, as
 * HTTP, WARC and RSS write them); compact {@code 20190513}; and English dates such as {@code November 19, 2019}
 * or {@code 19 Nov 2019}. A date-time without an offset is taken as UTC, which is what news-please writes.
 * An English date followed by a time and a zone, as date lines print them ({@code Nov. 19, 2019 3:05 p.m. ET}),
 * gives that moment; followed by a time without a zone it gives the date alone, because the offset is unknown
 * and a guess would move the date near midnight. Also finds a date in a URL path ({@code /2019/11/19/}), as news
 * sites put it there.
 *
 * <p>Thread-safe: holds no state.
 */
public final class PublicationDates {

    private static final List<DateTimeFormatter> LOCAL_DATE_TIMES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss][.SSSSSS][.SSS]"),
            DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm[:ss]"));
    private static final DateTimeFormatter OFFSET_NO_COLON = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendLiteral('T')
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .appendOffset("+HHMM", "Z")
            .toFormatter(Locale.ROOT);
    private static final DateTimeFormatter SPACE_OFFSET = DateTimeFormatter.ofPattern(
            "yyyy-MM-dd HH:mm[:ss][.SSS] [XXX][XX][X]", Locale.ROOT);
    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.ofPattern(
            "[EEE, ]d MMM yyyy HH:mm[:ss] [zzz][XX][X]", Locale.ENGLISH);
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern LEADING_DATE = Pattern.compile("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?,?\\s+(\\d{4})\\b");
    /** A clock time right after a printed date: "3:05 p.m.", "10:30am", "16:20", with an optional zone after it. */
    private static final Pattern TIME_AFTER_DATE = Pattern.compile(
            "(?i)^[\\s,|•·@-]*(?:at\\s+)?(\\d{1,2})[:.](\\d{2})(?:\\s*([ap])\\.?\\s?m\\.?)?(?:\\s+|\\b)"
            + "(?:\\(?(?-i:([A-Z]{1,4}))\\)?\\b)?");
    /**
     * The zone abbreviations that news date lines print, as the regions whose daylight-saving rules they follow;
     * ambiguous ones such as IST and CST-as-China are left out.
     */
    private static final Map<String, ZoneId> ZONES = Map.ofEntries(
            Map.entry("ET", ZoneId.of("America/New_York")), Map.entry("EST", ZoneId.of("America/New_York")),
            Map.entry("EDT", ZoneId.of("America/New_York")), Map.entry("CT", ZoneId.of("America/Chicago")),
            Map.entry("CDT", ZoneId.of("America/Chicago")), Map.entry("MT", ZoneId.of("America/Denver")),
            Map.entry("MST", ZoneId.of("America/Denver")), Map.entry("MDT", ZoneId.of("America/Denver")),
            Map.entry("PT", ZoneId.of("America/Los_Angeles")), Map.entry("PST", ZoneId.of("America/Los_Angeles")),
            Map.entry("PDT", ZoneId.of("America/Los_Angeles")), Map.entry("GMT", ZoneOffset.UTC),
            Map.entry("UTC", ZoneOffset.UTC), Map.entry("Z", ZoneOffset.UTC), Map.entry("BST", ZoneId.of("Europe/London")),
            Map.entry("CET", ZoneId.of("Europe/Paris")), Map.entry("CEST", ZoneId.of("Europe/Paris")),
            Map.entry("AEST", ZoneId.of("Australia/Sydney")), Map.entry("AEDT", ZoneId.of("Australia/Sydney")));
    private static final Pattern URL_DATE = Pattern.compile(
            "(?<![\\d])((?:19|20)\\d{2})[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\\d|3[01])(?![\\d])");
    private static final Pattern URL_COMPACT_DATE = Pattern.compile(
            "[/_-]((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?:[/_.-]|$)");

    private PublicationDates() {
    }

    /** The date {@code value} gives, or empty when it is not a date in any of the forms above. */
    public static Optional<Published> parse(String value) {
        String s = value.strip();
        if (s.isEmpty() || s.length() > 80) {
            return Optional.empty();
        }
        try {
            return Optional.of(Published.at(OffsetDateTime.parse(s)));
        } catch (DateTimeParseException notIso) {
            // try the next form
        }
        for (DateTimeFormatter format : List.of(OFFSET_NO_COLON, SPACE_OFFSET)) {
            try {
                return Optional.of(Published.at(OffsetDateTime.parse(s, format)));
            } catch (DateTimeParseException notThis) {
                // try the next form
            }
        }
        for (DateTimeFormatter format : List.of(DateTimeFormatter.RFC_1123_DATE_TIME, RFC_822)) {
            try {
                return Optional.of(Published.at(ZonedDateTime.parse(s, format).toOffsetDateTime()));
            } catch (DateTimeParseException notRfc) {
                // try the next form
            }
        }
        for (DateTimeFormatter format : LOCAL_DATE_TIMES) {
            try {
                return Optional.of(Published.at(LocalDateTime.parse(s, format).atOffset(ZoneOffset.UTC)));
            } catch (DateTimeParseException notThis) {
                // try the next form
            }
        }
        Matcher m = LEADING_DATE.matcher(s);
        if (m.find()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = COMPACT.matcher(s);
        if (m.matches()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        Matcher mdy = MONTH_DAY_YEAR.matcher(s);
        if (mdy.find()) {
            return date(mdy.group(3), String.valueOf(MONTHS.get(mdy.group(1).toLowerCase(Locale.ROOT))), mdy.group(2))
                    .map(d -> withPrintedTime(d, s.substring(mdy.end())));
        }
        Matcher dmy = DAY_MONTH_YEAR.matcher(s);
        if (dmy.find()) {
            return date(dmy.group(3), String.valueOf(MONTHS.get(dmy.group(2).toLowerCase(Locale.ROOT))), dmy.group(1))
                    .map(d -> withPrintedTime(d, s.substring(dmy.end())));
        }
        return Optional.empty();
    }

    /** The moment {@code date} and the time and zone printed after it give; the date alone without both. */
    private static Published withPrintedTime(Published date, String after) {
        Matcher t = TIME_AFTER_DATE.matcher(after);
        if (!t.find() || t.group(4) == null || !ZONES.containsKey(t.group(4))) {
            return date;
        }
        int hour = Integer.parseInt(t.group(1));
        int minute = Integer.parseInt(t.group(2));
        if (t.group(3) != null) {
            if (hour < 1 || hour > 12) {
                return date;
            }
            hour = hour % 12 + (Character.toLowerCase(t.group(3).charAt(0)) == 'p' ? 12 : 0);
        }
        if (hour > 23 || minute > 59) {
            return date;
        }
        ZonedDateTime moment = date.date().atTime(LocalTime.of(hour, minute)).atZone(ZONES.get(t.group(4)));
        return Published.at(moment.toOffsetDateTime());
    }

    /** A date written in a URL's path, such as {@code /2019/11/19/} or {@code /20191119/}. */
    public static Optional<Published> inUrl(String url) {
        String path = url.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*", "");
        Matcher m = URL_DATE.matcher(path);
        if (m.find()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = URL_COMPACT_DATE.matcher(path);
        if (m.find()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        return Optional.empty();
    }

    private static Optional<Published> date(String year, String month, String day) {
        try {
            return Optional.of(Published.on(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month),
                    Integer.parseInt(day))));
        } catch (DateTimeException | NumberFormatException notADate) {
            return Optional.empty();
        }
    }
}
