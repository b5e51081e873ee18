package org.corroborate.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.corroborate.model.ArticleFacts;
import org.corroborate.model.StoryReport;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Update;

/**
 * The rows of one story: its row in {@code story} with the full report as JSON, and its membership rows in
 * {@code story_article}. Every method runs inside the caller's handle or transaction. Thread-safe: holds no
 * state but the JSON form and the article rows it loads members through.
 */
final class StoryRows {

    private final RecordJson json;
    private final ArticleRows articles;

    StoryRows(RecordJson json, ArticleRows articles) {
        this.json = json;
        this.articles = articles;
    }

    /**
     * Inserts the story, or replaces it and its membership when a different report is stored under its id.
     * Every article the report lists must be stored already.
     */
    Saved save(Handle handle, StoryReport report, Instant now) {
        List<String> missing = missingArticles(handle, report.articles());
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("story " + report.id() + " lists " + missing.size()
                    + " article(s) that are not stored: " + missing + "; save every article before its story");
        }
        String body = json.write(report);
        String digest = RecordJson.digest(body);
        int inserted = bindColumns(handle.createUpdate("""
                INSERT INTO story (id, digest, title, article_count, report_json, saved_at)
                VALUES (:id, :digest, :title, :articleCount, :json, :savedAt)
                ON CONFLICT (id) DO NOTHING"""), report, body, digest, now)
                .execute();
        if (inserted == 1) {
            insertMembers(handle, report);
            return Saved.CREATED;
        }
        int updated = bindColumns(handle.createUpdate("""
                UPDATE story
                SET digest = :digest, title = :title, article_count = :articleCount, report_json = :json,
                    saved_at = :savedAt
                WHERE id = :id AND digest <> :digest"""), report, body, digest, now)
                .execute();
        if (updated == 0) {
            return Saved.UNCHANGED;
        }
        handle.createUpdate("DELETE FROM story_article WHERE story_id = :id").bind("id", report.id()).execute();
        insertMembers(handle, report);
        return Saved.UPDATED;
    }

    /**
     * Newest first: by the latest publication date among a story's articles (stories with no dated article
     * last), then by when the story was last saved, then by id so the order is total.
     */
    List<StorySummary> list(Handle handle, int offset, int limit) {
        record Row(String id, String title, int articleCount, String lastPublished) {
        }
        List<Row> rows = handle.createQuery("""
                SELECT s.id, s.title, s.article_count, MAX(a.published) AS last_published
                FROM story s
                LEFT JOIN story_article sa ON sa.story_id = s.id
                LEFT JOIN article a ON a.id = sa.article_id
                GROUP BY s.id, s.title, s.article_count, s.saved_at
                ORDER BY MAX(a.published) DESC NULLS LAST, s.saved_at DESC, s.id
                LIMIT :limit OFFSET :offset""")
                .bind("limit", limit)
                .bind("offset", offset)
                .map((rs, ctx) -> new Row(rs.getString("id"), rs.getString("title"), rs.getInt("article_count"),
                        rs.getString("last_published")))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, Set<String>> outlets = new HashMap<>();
        handle.createQuery("""
                SELECT sa.story_id, a.outlet
                FROM story_article sa JOIN article a ON a.id = sa.article_id
                WHERE sa.story_id IN (<ids>) AND a.outlet IS NOT NULL
                ORDER BY sa.story_id, sa.ordinal""")
                .bindList("ids", rows.stream().map(Row::id).toList())
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(e -> outlets.computeIfAbsent(e.getKey(), k -> new LinkedHashSet<>()).add(e.getValue()));
        List<StorySummary> summaries = new ArrayList<>(rows.size());
        for (Row row : rows) {
            summaries.add(new StorySummary(row.id(), row.title(), row.articleCount(),
                    List.copyOf(outlets.getOrDefault(row.id(), Set.of())),
                    Optional.ofNullable(row.lastPublished()).map(LocalDate::parse)));
        }
        return summaries;
    }

    /**
     * The story and the articles its report lists. Articles are looked up by the report's own list rather
     * than the membership rows, so a report and its articles always agree even if another writer replaces
     * the story between the two reads (articles are never deleted while a story lists them).
     */
    Optional<StoredStory> load(Handle handle, String id) {
        Optional<StoryReport> report = handle.createQuery("SELECT report_json FROM story WHERE id = :id")
                .bind("id", id)
                .mapTo(String.class)
                .findOne()
                .map(body -> json.read(body, StoryReport.class, "story " + id));
        if (report.isEmpty()) {
            return Optional.empty();
        }
        if (report.get().articles().isEmpty()) {
            return Optional.of(new StoredStory(report.get(), List.of()));
        }
        Map<String, ArticleFacts> byId = new LinkedHashMap<>();
        handle.createQuery("SELECT id, facts_json FROM article WHERE id IN (<ids>)")
                .bindList("ids", report.get().articles())
                .map((rs, ctx) -> articles.read(rs.getString(1), rs.getString(2)))
                .forEach(a -> byId.put(a.article().id(), a));
        List<ArticleFacts> members = new ArrayList<>();
        for (String articleId : report.get().articles()) {
            ArticleFacts article = byId.get(articleId);
            if (article == null) {
                throw new StoreException("story " + id + " lists article " + articleId + ", which is not stored");
            }
            members.add(article);
        }
        return Optional.of(new StoredStory(report.get(), members));
    }

    private static List<String> missingArticles(Handle handle, List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Set<String> stored = new HashSet<>(handle.createQuery("SELECT id FROM article WHERE id IN (<ids>)")
                .bindList("ids", ids)
                .mapTo(String.class)
                .list());
        return ids.stream().filter(i -> !stored.contains(i)).distinct().toList();
    }

    private static Update bindColumns(Update update, StoryReport report, String body, String digest, Instant now) {
        return update.bind("id", report.id())
                .bind("digest", digest)
                .bind("title", report.title())
                .bind("articleCount", report.articles().size())
                .bind("json", body)
                .bind("savedAt", now.toString());
    }

    private static void insertMembers(Handle handle, StoryReport report) {
        if (report.articles().isEmpty()) {
            return;
        }
        PreparedBatch members = handle.prepareBatch("""
                INSERT INTO story_article (story_id, article_id, ordinal) VALUES (:story, :article, :ordinal)""");
        int ordinal = 0;
        for (String article : new LinkedHashSet<>(report.articles())) {
            members.bind("story", report.id()).bind("article", article).bind("ordinal", ordinal++).add();
        }
        members.execute();
    }
}
