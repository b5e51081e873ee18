package org.corroborate.engine.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corroborate.engine.LineAnalyzer;
import org.corroborate.engine.Stage;
import org.corroborate.engine.annotate.Annotator;
import org.corroborate.engine.clean.ArticleCleaner;
import org.corroborate.engine.cluster.StoryClusterer;
import org.corroborate.engine.extract.FactExtractor;
import org.corroborate.engine.ingest.IngestLimits;
import org.corroborate.engine.ingest.Ingestor;
import org.corroborate.engine.ingest.Input;
import org.corroborate.engine.reconcile.StoryReconciler;
import org.corroborate.model.Article;
import org.corroborate.model.ArticleFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineTest {

    @TempDir
    Path dir;

    private Pipeline pipeline(Stage<Article, ArticleFacts> analysis) {
        return new Pipeline(new Ingestor(IngestLimits.DEFAULT), new ArticleCleaner(Optional.empty()), analysis,
                StoryClusterer::standard, new StoryReconciler(), 3);
    }

    private static Stage<Article, ArticleFacts> realAnalysis() {
        return new Annotator(new LineAnalyzer()).then(new FactExtractor());
    }

    private Input file(String name, byte[] content) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return Input.file(p);
    }

    private Input file(String name, String content) throws Exception {
        return file(name, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void reportsArticlesInInputOrderWhateverOrderTheWorkersFinishIn() throws Exception {
        List<Input> inputs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            inputs.add(file("a" + i + ".txt", "Article number " + i + " tells of the harbour.\n" + "More words. ".repeat(i * 20)));
        }
        List<String> heard = new ArrayList<>();
        Analysis analysis;
        try (Pipeline p = pipeline(realAnalysis())) {
            analysis = p.run(inputs, new ByteArrayInputStream(new byte[0]), new PipelineListener() {
                @Override
                public void article(ArticleFacts article) {
                    heard.add(article.article().source());
                }
            });
        }
        List<String> expected = inputs.stream().map(Input::name).toList();
        assertThat(heard).isEqualTo(expected);
        assertThat(analysis.articles()).extracting(a -> a.article().source()).isEqualTo(expected);
        assertThat(analysis.problems()).isEmpty();
        assertThat(analysis.stories()).isNotEmpty();
    }

    @Test
    void anUnreadableInputIsNamedAndTheRunGoesOn() throws Exception {
        List<Input> inputs = List.of(
                file("good.txt", "The council voted on Tuesday.\n"),
                file("empty.txt", new byte[0]),
                file("binary.bin", new byte[] {0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2}),
                file("also-good.txt", "The mayor resigned the next day.\n"));
        Analysis analysis;
        try (Pipeline p = pipeline(realAnalysis())) {
            analysis = p.run(inputs, new ByteArrayInputStream(new byte[0]), PipelineListener.NONE);
        }
        assertThat(analysis.articles()).extracting(a -> a.article().source()).containsExactly(inputs.get(0).name(), inputs.get(3).name());
        assertThat(analysis.problems()).extracting(Problem::source).containsExactly(inputs.get(1).name(), inputs.get(2).name());
        assertThat(analysis.problems().get(0).message()).contains("empty");
        assertThat(analysis.problems().get(1).message()).contains("an executable");
    }

    @Test
    void aStageThatFailsOnOneDocumentCostsOnlyThatDocument() throws Exception {
        Stage<Article, ArticleFacts> real = realAnalysis();
        Stage<Article, ArticleFacts> fragile = article -> {
            if (article.text().contains("poison")) {
                throw new IllegalStateException("cannot digest poison");
            }
            return real.apply(article);
        };
        List<Input> inputs = List.of(file("one.txt", "First story here.\n"), file("two.txt", "A poison pill.\n"),
                file("three.txt", "Third story here.\n"));
        Analysis analysis;
        try (Pipeline p = pipeline(fragile)) {
            analysis = p.run(inputs, new ByteArrayInputStream(new byte[0]), PipelineListener.NONE);
        }
        assertThat(analysis.articles()).hasSize(2);
        assertThat(analysis.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.source()).isEqualTo(inputs.get(1).name());
            assertThat(problem.message()).contains("analysis stage").contains("cannot digest poison");
        });
    }

    @Test
    void readsStandardInput() {
        Analysis analysis;
        try (Pipeline p = pipeline(realAnalysis())) {
            analysis = p.run(List.of(Input.stdin()),
                    new ByteArrayInputStream("Pasted text about the vote.\n".getBytes(StandardCharsets.UTF_8)), PipelineListener.NONE);
        }
        assertThat(analysis.articles()).singleElement().satisfies(a -> assertThat(a.article().source()).isEqualTo("-"));
    }
}
