package org.corroborate.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * When an article was published, as precisely as its source says: a calendar date, and the moment when the
 * source gives a time as well.
 */
public record Published(LocalDate date, Optional<OffsetDateTime> moment) {

    public Published {
        if (moment.isPresent() && !moment.get().toLocalDate().equals(date)) {
            throw new IllegalArgumentException("published date " + date + " disagrees with its moment " + moment.get());
        }
    }

    public static Published on(LocalDate date) {
        return new Published(date, Optional.empty());
    }

    public static Published at(OffsetDateTime moment) {
        return new Published(moment.toLocalDate(), Optional.of(moment));
    }

    /** ISO-8601: {@code 2001-08-25}, or {@code 2001-08-25T14:03:00Z} when the moment is known. */
    public String iso() {
        return moment.map(OffsetDateTime::toString).orElseGet(date::toString);
    }
}
