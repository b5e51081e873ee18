package org.corroborate.store;

import java.time.Instant;
import java.util.Optional;
import org.corroborate.model.Article;
import org.corroborate.model.ArticleFacts;
import org.corroborate.model.Entity;
import org.corroborate.model.Metadata;
import org.corroborate.model.Quote;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Update;

/**
 * The rows of one article: its row in {@code article} with the full record as JSON, and the query rows of
 * its quotes and entities. Every method runs inside the caller's transaction. Thread-safe: holds no state but
 * the JSON form.
 */
final class ArticleRows {

    private final RecordJson json;

    ArticleRows(RecordJson json) {
        this.json = json;
    }

    /**
     * Inserts the article, or replaces it when a different analysis is stored under its id.
     *
     * <p>Insert first and update only when the insert found the id taken: on PostgreSQL a concurrent insert of
     * the same id waits for the first to commit, then does nothing, so two writers never both add child rows;
     * on SQLite writers take turns anyway (IMMEDIATE transactions).
     */
    Saved save(Handle handle, ArticleFacts facts, Instant now) {
        Article article = facts.article();
        String body = json.write(facts);
        String digest = RecordJson.digest(body);
        int inserted = bindColumns(handle.createUpdate("""
                INSERT INTO article (id, digest, source, url, outlet, title, byline, published, facts_json, saved_at)
                VALUES (:id, :digest, :source, :url, :outlet, :title, :byline, :published, :json, :savedAt)
                ON CONFLICT (id) DO NOTHING"""), article, body, digest, now)
                .execute();
        if (inserted == 1) {
            insertChildren(handle, facts);
            return Saved.CREATED;
        }
        int updated = bindColumns(handle.createUpdate("""
                UPDATE article
                SET digest = :digest, source = :source, url = :url, outlet = :outlet, title = :title,
                    byline = :byline, published = :published, facts_json = :json, saved_at = :savedAt
                WHERE id = :id AND digest <> :digest"""), article, body, digest, now)
                .execute();
        if (updated == 0) {
            return Saved.UNCHANGED;
        }
        handle.createUpdate("DELETE FROM quote WHERE article_id = :id").bind("id", article.id()).execute();
        handle.createUpdate("DELETE FROM entity WHERE article_id = :id").bind("id", article.id()).execute();
        insertChildren(handle, facts);
        return Saved.UPDATED;
    }

    private static Update bindColumns(Update update, Article article, String body, String digest, Instant now) {
        Metadata meta = article.metadata();
        return update.bind("id", article.id())
                .bind("digest", digest)
                .bind("source", article.source())
                .bind("url", article.url().map(Object::toString).orElse(null))
                .bind("outlet", meta.outlet().orElse(null))
                .bind("title", meta.title().orElse(null))
                .bind("byline", meta.byline().orElse(null))
                .bind("published", meta.published().map(p -> p.date().toString()).orElse(null))
                .bind("json", body)
                .bind("savedAt", now.toString());
    }

    Optional<ArticleFacts> load(Handle handle, String id) {
        return handle.createQuery("SELECT facts_json FROM article WHERE id = :id")
                .bind("id", id)
                .mapTo(String.class)
                .findOne()
                .map(body -> read(id, body));
    }

    ArticleFacts read(String id, String body) {
        ArticleFacts facts = json.read(body, ArticleFacts.class, "article " + id);
        if (!facts.article().id().equals(id)) {
            throw new StoreException("the row of article " + id + " holds article " + facts.article().id());
        }
        return facts;
    }

    private static void insertChildren(Handle handle, ArticleFacts facts) {
        String id = facts.article().id();
        if (!facts.quotes().isEmpty()) {
            PreparedBatch quotes = handle.prepareBatch("""
                    INSERT INTO quote (article_id, ordinal, span_start, span_end, kind, text,
                                       speaker_name, speaker_text, speaker_entity, cue, medium)
                    VALUES (:article, :ordinal, :start, :end, :kind, :text,
                            :speakerName, :speakerText, :speakerEntity, :cue, :medium)""");
            int ordinal = 0;
            for (Quote q : facts.quotes()) {
                quotes.bind("article", id)
                        .bind("ordinal", ordinal++)
                        .bind("start", q.span().start())
                        .bind("end", q.span().end())
                        .bind("kind", q.kind().label())
                        .bind("text", q.text())
                        .bind("speakerName", q.speaker().flatMap(s -> s.name()).orElse(null))
                        .bind("speakerText", q.speaker().map(s -> s.text()).orElse(null))
                        .bind("speakerEntity", q.speaker().flatMap(s -> s.entity()).orElse(null))
                        .bind("cue", q.cue().map(c -> c.text()).orElse(null))
                        .bind("medium", q.medium().orElse(null))
                        .add();
            }
            quotes.execute();
        }
        if (!facts.annotated().entities().isEmpty()) {
            PreparedBatch entities = handle.prepareBatch("""
                    INSERT INTO entity (article_id, entity_id, name, type, mentions)
                    VALUES (:article, :entity, :name, :type, :mentions)""");
            for (Entity e : facts.annotated().entities()) {
                entities.bind("article", id)
                        .bind("entity", e.id())
                        .bind("name", e.name())
                        .bind("type", e.type().name())
                        .bind("mentions", e.mentions().size())
                        .add();
            }
            entities.execute();
        }
    }
}
