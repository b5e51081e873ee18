package org.corroborate.model;

import java.util.List;
import java.util.Objects;

/** Articles found to report one story, in the order they joined it. */
public record Story(String id, List<ArticleFacts> articles) {

    public Story {
        Objects.requireNonNull(id, "id");
        articles = List.copyOf(articles);
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("story " + id + " has no articles");
        }
    }
}
