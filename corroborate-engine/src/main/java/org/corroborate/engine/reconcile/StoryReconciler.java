package org.corroborate.engine.reconcile;

import java.util.List;
import org.corroborate.engine.Stage;
import org.corroborate.model.ArticleFacts;
import org.corroborate.model.QuoteGroup;
import org.corroborate.model.Story;
import org.corroborate.model.StoryReport;
import org.corroborate.model.TextReuse;

/**
 * The reconcile stage: a story's articles compared into a report. The story's title is its first titled
 * article's title, else the opening words of its first article. Thread-safe: holds no state.
 */
public final class StoryReconciler implements Stage<Story, StoryReport> {

    private final EntityMerger entities = new EntityMerger();
    private final QuoteGrouper quotes = new QuoteGrouper();
    private final ReuseDetector reuse = new ReuseDetector();
    private final FactReconciler facts = new FactReconciler();

    @Override
    public StoryReport apply(Story story) {
        List<ArticleFacts> articles = story.articles();
        EntityMerger.Merged merged = entities.merge(articles);
        List<TextReuse> reused = reuse.detect(articles);
        List<QuoteGroup> grouped = quotes.group(articles, merged.names());
        return new StoryReport(
                story.id(),
                title(articles),
                articles.stream().map(a -> a.article().id()).toList(),
                merged.entities(),
                grouped,
                facts.reconcile(articles, merged, grouped, reused),
                reused);
    }

    private static String title(List<ArticleFacts> articles) {
        for (ArticleFacts a : articles) {
            if (a.article().metadata().title().isPresent()) {
                return a.article().metadata().title().get();
            }
        }
        String text = articles.get(0).article().text().strip();
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        return first.length() <= 100 ? first : first.substring(0, first.lastIndexOf(' ', 100)) + "…";
    }
}
