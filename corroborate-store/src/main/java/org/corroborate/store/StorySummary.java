package org.corroborate.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the list of stored stories.
 *
 * @param articleCount  how many articles the story holds
 * @param outlets       the distinct outlets of its articles, in the order the articles joined the story; articles
 *                      without a known outlet add nothing
 * @param lastPublished the latest publication date among its articles, when any of them has one
 */
public record StorySummary(String id, String title, int articleCount, List<String> outlets,
        Optional<LocalDate> lastPublished) {

    public StorySummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        outlets = List.copyOf(outlets);
        Objects.requireNonNull(lastPublished, "lastPublished");
        if (articleCount < 0) {
            throw new IllegalArgumentException("story " + id + ": negative article count " + articleCount);
        }
    }
}
