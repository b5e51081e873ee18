package org.corroborate.engine.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.corroborate.model.Published;

/**
 * Reads the publication dates that containers and page metadata give: ISO-8601 with or without time and
 * offset, news-please's {@code 2019-05-13 12:00:00}, and RFC 1123 ({@code Tue, 3 Jun 2008 11:05:30 GMT}).
 * A date-time without an offset is taken as UTC, which is what news-please writes.
 */
public final class PublicationDates {

    private static final List<DateTimeFormatter> LOCAL_DATE_TIMES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"),
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));

    private PublicationDates() {
    }

    public static Optional<Published> parse(String value) {
        String s = value.strip();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Published.at(OffsetDateTime.parse(s)));
        } catch (DateTimeParseException notOffset) {
            // try the next form
        }
        try {
            return Optional.of(Published.at(ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime()));
        } catch (DateTimeParseException notRfc) {
            // try the next form
        }
        for (DateTimeFormatter format : LOCAL_DATE_TIMES) {
            try {
                return Optional.of(Published.at(LocalDateTime.parse(s, format).atOffset(ZoneOffset.UTC)));
            } catch (DateTimeParseException notThis) {
                // try the next form
            }
        }
        try {
            return Optional.of(Published.on(LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s)));
        } catch (DateTimeParseException notDate) {
            return Optional.empty();
        }
    }
}
