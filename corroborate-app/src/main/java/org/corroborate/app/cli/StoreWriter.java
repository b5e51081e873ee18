package org.corroborate.app.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corroborate.engine.pipeline.PipelineListener;
import org.corroborate.engine.reconcile.StoryReconciler;
import org.corroborate.model.ArticleFacts;
import org.corroborate.model.Story;
import org.corroborate.model.StoryReport;
import org.corroborate.store.AnalysisStore;
import org.corroborate.store.Saved;

/**
 * Saves a run's results as they come: each article as soon as it is extracted, in its own transaction (so a
 * crash keeps every article already saved), and each story once reconciled.
 *
 * <p>A story the store already holds with articles this run did not read (the user re-analysed part of the
 * coverage) is not shrunk: the stored articles and this run's are reconciled together and saved as one story.
 */
final class StoreWriter implements PipelineListener {

    private final AnalysisStore store;
    private final StoryReconciler reconciler;
    private final java.util.function.Consumer<String> log;
    private final Map<Saved, Integer> articles = new LinkedHashMap<>();
    private final Map<Saved, Integer> stories = new LinkedHashMap<>();

    /** @param log hears one line per article once it is saved (for {@code --verbose}) */
    StoreWriter(AnalysisStore store, StoryReconciler reconciler, java.util.function.Consumer<String> log) {
        this.store = store;
        this.reconciler = reconciler;
        this.log = log;
    }

    @Override
    public void article(ArticleFacts article) {
        Saved saved = store.save(article);
        articles.merge(saved, 1, Integer::sum);
        log.accept("stored " + article.article().id() + " (" + saved.name().toLowerCase(java.util.Locale.ROOT) + ") "
                + article.article().source());
    }

    @Override
    public void story(StoryReport story) {
        stories.merge(store.save(withStoredArticles(story)), 1, Integer::sum);
    }

    private StoryReport withStoredArticles(StoryReport story) {
        var stored = store.story(story.id());
        if (stored.isEmpty() || story.articles().containsAll(stored.get().report().articles())) {
            return story;
        }
        List<ArticleFacts> union = new ArrayList<>(stored.get().articles());
        for (String id : story.articles()) {
            if (!stored.get().report().articles().contains(id)) {
                union.add(store.article(id).orElseThrow(() -> new IllegalStateException(
                        "article " + id + " of story " + story.id() + " was not saved before its story")));
            }
        }
        return reconciler.apply(new Story(story.id(), union));
    }

    /** "12 articles stored (3 new, 9 unchanged), 2 stories (1 new, 1 updated) in corroborate.db". */
    String summary() {
        return count(articles, "article") + " and " + count(stories, "story") + " in " + store.location();
    }

    private static String count(Map<Saved, Integer> counts, String noun) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        List<String> parts = new ArrayList<>();
        counts.forEach((saved, n) -> parts.add(n + " " + saved.name().toLowerCase(java.util.Locale.ROOT)));
        String plural = total == 1 ? noun : noun.equals("story") ? "stories" : noun + "s";
        return total + " " + plural + (parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")");
    }

}
