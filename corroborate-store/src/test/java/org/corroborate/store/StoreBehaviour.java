package org.corroborate.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.corroborate.model.ArticleFacts;
import org.corroborate.model.StoryReport;
import org.junit.jupiter.api.Test;

/**
 * What every store must do, whatever database holds it. Subclasses say where a new store lives and how to
 * read its tables directly.
 */
abstract class StoreBehaviour {

    /** Every table, each with the columns that order its rows totally. */
    private static final Map<String, String> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put("article", "id");
        TABLES.put("quote", "article_id, ordinal");
        TABLES.put("entity", "article_id, entity_id");
        TABLES.put("story", "id");
        TABLES.put("story_article", "story_id, article_id");
        TABLES.put("flyway_schema_history", "installed_rank");
    }

    /** A location where no store exists yet. */
    abstract String newLocation() throws Exception;

    /** A plain JDBC connection to the database at {@code location}, to check what the API does not show. */
    abstract Connection connect(String location) throws SQLException;

    @Test
    void articlesAndStoriesLoadBackEqualToWhatWasSaved() throws Exception {
        List<ArticleFacts> articles = IntStream.range(0, 5).mapToObj(Samples::article).toList();
        StoryReport story = Samples.story(articles.subList(0, 3));
        try (AnalysisStore store = AnalysisStore.open(newLocation())) {
            for (ArticleFacts a : articles) {
                assertThat(store.save(a)).isEqualTo(Saved.CREATED);
            }
            assertThat(store.save(story)).isEqualTo(Saved.CREATED);

            for (ArticleFacts a : articles) {
                assertThat(store.article(a.article().id())).contains(a);
            }
            StoredStory loaded = store.story(story.id()).orElseThrow();
            assertThat(loaded.report()).isEqualTo(story);
            assertThat(loaded.articles()).containsExactlyElementsOf(articles.subList(0, 3));
            assertThat(store.article("0000000000000000")).isEmpty();
            assertThat(store.story("s0000000000000000")).isEmpty();
            assertThat(store.counts()).isEqualTo(new StoreCounts(5, 1, 10, 10));
        }
    }

    @Test
    void keyColumnsHoldWhatQueriesNeed() throws Exception {
        String location = newLocation();
        ArticleFacts article = Samples.article(0);
        try (AnalysisStore store = AnalysisStore.open(location)) {
            store.save(article);
            store.save(Samples.story(List.of(article)));
        }
        Map<String, List<List<String>>> rows = dump(location);
        String id = article.article().id();
        assertThat(rows.get("article")).singleElement().satisfies(row -> assertThat(row.subList(0, 8))
                .containsExactly(id, row.get(1), "inputs/wall-0.txt",
                        "https://coastline.example/news/wall-%C3%BC-0?ref=feed&page=2", "Coastline Gazette",
                        "Harbour wall 0 opens after storm delays", "By Ines Varga", "2024-03-01"));
        assertThat(rows.get("quote")).extracting(r -> r.subList(4, 11)).containsExactly(
                List.of("indirect", "the new sea wall would open on March 3, 2024", "Mara Quint", "Mara Quint",
                        "e1", "said", "null"),
                List.of("direct", "We tested every gate 2 times,", "Mara Quint", "Quint", "e1", "told",
                        "Coastline Gazette"));
        assertThat(rows.get("entity")).extracting(r -> r.subList(1, 5)).containsExactly(
                List.of("e1", "Mara Quint", "PERSON", "3"), List.of("e2", "Coastline Gazette", "ORGANIZATION", "1"));
        assertThat(rows.get("story_article")).containsExactly(List.of("s" + id, id, "0"));
    }

    @Test
    void savingTheSameRecordsAgainWritesNothing() throws Exception {
        String location = newLocation();
        List<ArticleFacts> articles = IntStream.range(0, 3).mapToObj(Samples::article).toList();
        StoryReport story = Samples.story(articles);
        try (AnalysisStore store = AnalysisStore.open(location)) {
            articles.forEach(store::save);
            store.save(story);
        }
        Map<String, List<List<String>>> before = dump(location);
        try (AnalysisStore store = AnalysisStore.open(location)) {
            // Built afresh, as a second run over the same input would build them.
            for (int n = 0; n < 3; n++) {
                assertThat(store.save(Samples.article(n))).isEqualTo(Saved.UNCHANGED);
            }
            assertThat(store.save(Samples.story(IntStream.range(0, 3).mapToObj(Samples::article).toList())))
                    .isEqualTo(Saved.UNCHANGED);
        }
        assertThat(dump(location)).isEqualTo(before);
    }

    @Test
    void aReanalysedArticleReplacesTheStoredOneAndItsQuotes() throws Exception {
        try (AnalysisStore store = AnalysisStore.open(newLocation())) {
            store.save(Samples.article(4));
            ArticleFacts newer = Samples.reanalysed(4);
            assertThat(store.save(newer)).isEqualTo(Saved.UPDATED);
            assertThat(store.article(newer.article().id())).contains(newer);
            assertThat(store.counts()).isEqualTo(new StoreCounts(1, 0, 1, 2));
            assertThat(store.save(Samples.reanalysed(4))).isEqualTo(Saved.UNCHANGED);
        }
    }

    @Test
    void aStoryThatGainsAnArticleIsUpdated() throws Exception {
        String location = newLocation();
        List<ArticleFacts> articles = IntStream.range(0, 3).mapToObj(Samples::article).toList();
        StoryReport grown = Samples.story(articles);
        try (AnalysisStore store = AnalysisStore.open(location)) {
            articles.subList(0, 2).forEach(store::save);
            assertThat(store.save(Samples.story(articles.subList(0, 2)))).isEqualTo(Saved.CREATED);
            store.save(articles.get(2));
            assertThat(store.save(grown)).isEqualTo(Saved.UPDATED);

            StoredStory loaded = store.story(grown.id()).orElseThrow();
            assertThat(loaded.report()).isEqualTo(grown);
            assertThat(loaded.articles()).containsExactlyElementsOf(articles);
            assertThat(store.stories()).singleElement().satisfies(s -> {
                assertThat(s.id()).isEqualTo(grown.id());
                assertThat(s.articleCount()).isEqualTo(3);
            });
        }
        assertThat(dump(location).get("story_article")).hasSize(3);
    }

    @Test
    void storiesAreListedNewestFirstWithTheirOutlets() throws Exception {
        // Article n is published on March 1 + n % 27 (n % 3 == 2: undated); outlets alternate, n % 5 == 4 has none.
        try (AnalysisStore store = AnalysisStore.open(newLocation())) {
            for (int n = 0; n < 9; n++) {
                store.save(Samples.article(n));
            }
            StoryReport early = Samples.story(List.of(Samples.article(0), Samples.article(1)));
            StoryReport late = Samples.story(List.of(Samples.article(3), Samples.article(4), Samples.article(7)));
            StoryReport undated = Samples.story(List.of(Samples.article(5), Samples.article(8)));
            store.save(undated);
            store.save(early);
            store.save(late);

            List<StorySummary> list = store.stories();
            assertThat(list).extracting(StorySummary::id).containsExactly(late.id(), early.id(), undated.id());
            assertThat(list.get(0).lastPublished()).hasValueSatisfying(d -> assertThat(d).hasToString("2024-03-08"));
            assertThat(list.get(0).outlets()).containsExactly("Harbour Weekly");
            assertThat(list.get(1).outlets()).containsExactly("Coastline Gazette", "Harbour Weekly");
            assertThat(list.get(1).title()).isEqualTo("Harbour wall 0 opens after storm delays");
            assertThat(list.get(2).lastPublished()).isEmpty();
            assertThat(store.stories(1, 1)).extracting(StorySummary::id).containsExactly(early.id());
        }
    }

    @Test
    void aStoryIsRefusedUntilItsArticlesAreStored() throws Exception {
        try (AnalysisStore store = AnalysisStore.open(newLocation())) {
            ArticleFacts stored = Samples.article(0);
            ArticleFacts missing = Samples.article(1);
            store.save(stored);
            StoryReport story = Samples.story(List.of(stored, missing));
            assertThatThrownBy(() -> store.save(story))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(story.id())
                    .hasMessageContaining(missing.article().id());
            assertThat(store.counts().stories()).isZero();
        }
    }

    @Test
    void twoWritersSavingTheSameArticlesAtOnceStoreEachOnce() throws Exception {
        String location = newLocation();
        int count = 20;
        try (AnalysisStore first = AnalysisStore.open(location); AnalysisStore second = AnalysisStore.open(location)) {
            ExecutorService writers = Executors.newFixedThreadPool(2);
            try {
                Future<List<Saved>> a = writers.submit(() -> saveAll(first, count));
                Future<List<Saved>> b = writers.submit(() -> saveAll(second, count));
                List<Saved> fromA = a.get(120, TimeUnit.SECONDS);
                List<Saved> fromB = b.get(120, TimeUnit.SECONDS);
                for (int n = 0; n < count; n++) {
                    assertThat(List.of(fromA.get(n), fromB.get(n))).as("article " + n)
                            .containsExactlyInAnyOrder(Saved.CREATED, Saved.UNCHANGED);
                }
            } finally {
                writers.shutdownNow();
            }
            assertThat(first.counts()).isEqualTo(new StoreCounts(count, 0, 2L * count, 2L * count));
        }
    }

    private static List<Saved> saveAll(AnalysisStore store, int count) {
        List<Saved> outcomes = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            outcomes.add(store.save(Samples.article(n)));
        }
        return outcomes;
    }

    @Test
    void reopeningFindsEverythingAndMigratesNothing() throws Exception {
        String location = newLocation();
        try (AnalysisStore store = AnalysisStore.open(location)) {
            store.save(Samples.article(2));
        }
        Map<String, List<List<String>>> before = dump(location);
        try (AnalysisStore store = AnalysisStore.open(location)) {
            assertThat(store.article(Samples.article(2).article().id())).contains(Samples.article(2));
        }
        assertThat(dump(location)).isEqualTo(before);
        assertThat(before.get("flyway_schema_history")).isNotEmpty();
    }

    /** Every row of every table, as text, in key order. */
    Map<String, List<List<String>>> dump(String location) throws SQLException {
        Map<String, List<List<String>>> tables = new LinkedHashMap<>();
        try (Connection c = connect(location); Statement s = c.createStatement()) {
            for (Map.Entry<String, String> table : TABLES.entrySet()) {
                List<List<String>> rows = new ArrayList<>();
                try (ResultSet rs = s.executeQuery(
                        "SELECT * FROM " + table.getKey() + " ORDER BY " + table.getValue())) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        List<String> row = new ArrayList<>();
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            row.add(String.valueOf(rs.getObject(i)));
                        }
                        rows.add(row);
                    }
                }
                tables.put(table.getKey(), rows);
            }
        }
        return tables;
    }
}
