package org.corroborate.model;

import java.util.List;
import java.util.Objects;

/**
 * What a story's coverage says, reconciled across its articles.
 *
 * @param articles the story's article ids, in the order they joined it
 */
public record StoryReport(
        String id,
        String title,
        List<String> articles,
        List<StoryEntity> entities,
        List<QuoteGroup> quotes,
        List<Fact> facts,
        List<TextReuse> reuse) {

    public StoryReport {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        articles = List.copyOf(articles);
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        facts = List.copyOf(facts);
        reuse = List.copyOf(reuse);
    }
}
