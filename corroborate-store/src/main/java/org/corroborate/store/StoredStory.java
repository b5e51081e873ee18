package org.corroborate.store;

import java.util.List;
import java.util.Objects;
import org.corroborate.model.ArticleFacts;
import org.corroborate.model.StoryReport;

/**
 * A stored story with everything needed to render it: its report and its articles, in the order of
 * {@link StoryReport#articles()}.
 */
public record StoredStory(StoryReport report, List<ArticleFacts> articles) {

    public StoredStory {
        Objects.requireNonNull(report, "report");
        articles = List.copyOf(articles);
        List<String> ids = articles.stream().map(a -> a.article().id()).toList();
        if (!ids.equals(report.articles())) {
            throw new IllegalArgumentException("story " + report.id() + " lists articles " + report.articles()
                    + " but was given " + ids);
        }
    }
}
