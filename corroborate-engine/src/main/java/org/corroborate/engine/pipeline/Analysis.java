package org.corroborate.engine.pipeline;

import java.util.List;
import org.corroborate.model.ArticleFacts;
import org.corroborate.model.StoryReport;

/** What a run produced: the articles in input order, the stories, and the inputs that failed. */
public record Analysis(List<ArticleFacts> articles, List<StoryReport> stories, List<Problem> problems) {

    public Analysis {
        articles = List.copyOf(articles);
        stories = List.copyOf(stories);
        problems = List.copyOf(problems);
    }
}
