package org.corroborate.engine.cluster;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.corroborate.model.ArticleFacts;

/**
 * What the clusterer knows of one article: its features, computed once by {@link ArticleProfiler}, on any
 * thread, before the article joins a story.
 *
 * @param names     name features ({@code n:} a full name, {@code t:} one word of a name) with their raw counts
 * @param persons   the name features of people alone, a part of {@code names}
 * @param words     content-word features (lemmas of nouns, verbs, adjectives and numbers) with their counts,
 *                  words of the title and lead counted more
 * @param shingles  the MinHash signature of the body's word shingles, for near-duplicates
 * @param lead      the embedding of the title and lead, for meaning when the words differ
 * @param published the publication date, when the source gave one
 * @param monthDays the days of the year the text names, with or without their year ({@code d:12-13} for "Dec. 13"
 *                  and for "December 13, 2008"), with their counts: the time of the event when a report leaves
 *                  out the year, as most do
 */
public record ArticleProfile(
        ArticleFacts facts,
        Map<String, Double> names,
        Map<String, Double> persons,
        Map<String, Double> words,
        MinHash shingles,
        Embedding lead,
        Optional<LocalDate> published,
        Map<String, Double> monthDays) {

    public ArticleProfile {
        Objects.requireNonNull(facts, "facts");
        // Kept in the order given, not Map.copyOf's per-process order, so that sums and ties come out the same
        // in every run.
        names = Collections.unmodifiableMap(new LinkedHashMap<>(names));
        persons = Collections.unmodifiableMap(new LinkedHashMap<>(persons));
        words = Collections.unmodifiableMap(new LinkedHashMap<>(words));
        monthDays = Collections.unmodifiableMap(new LinkedHashMap<>(monthDays));
        Objects.requireNonNull(shingles, "shingles");
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(published, "published");
    }

    public String id() {
        return facts.article().id();
    }
}
