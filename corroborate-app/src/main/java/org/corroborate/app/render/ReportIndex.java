package org.corroborate.app.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corroborate.model.Article;
import org.corroborate.model.ArticleFacts;
import org.corroborate.model.Span;

/**
 * Looks up a report's articles by id and names them for people: the outlet, else the title, else the file
 * name. Built once per rendering; not shared between threads.
 */
final class ReportIndex {

    private final Map<String, ArticleFacts> byId = new LinkedHashMap<>();

    ReportIndex(List<ArticleFacts> articles) {
        for (ArticleFacts a : articles) {
            byId.put(a.article().id(), a);
        }
    }

    Article article(String id) {
        ArticleFacts facts = byId.get(id);
        if (facts == null) {
            throw new IllegalArgumentException("the report names article " + id + ", which is not among the articles given");
        }
        return facts.article();
    }

    ArticleFacts facts(String id) {
        article(id);
        return byId.get(id);
    }

    /** A short name for an article: its outlet, else its file name. */
    String label(String id) {
        Article a = article(id);
        return a.metadata().outlet().orElseGet(() -> {
            String source = a.source();
            int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
            return source.substring(slash + 1);
        });
    }

    /** The text at {@code span} of article {@code id}, on one line. */
    String evidence(String id, Span span) {
        return span.of(article(id).text()).replaceAll("\\s+", " ").strip();
    }
}
