package org.corroborate.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.corroborate.engine.ingest.Sources;
import org.corroborate.engine.pipeline.Analysis;
import org.corroborate.engine.pipeline.Pipeline;
import org.corroborate.engine.pipeline.PipelineListener;
import org.corroborate.model.ArticleFacts;
import org.corroborate.model.StoryReport;
import org.corroborate.model.TextReuse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sample corpus's stories (samples/EXPECTED.md, "Stories"): its 18 articles must come out as its five
 * stories, one per folder, whatever the format (the two fires two days apart, B and E, among them kept apart),
 * and the one planted copy (B4 takes B2's second paragraph) must be the only text reuse.
 */
class SampleStoriesIT {

    private static final Path SAMPLES = Path.of(System.getProperty("corroborate.samples", "../samples"));

    private static Analysis analyse(String format) {
        Sources.Expansion expansion = new Sources(SAMPLES).expand(List.of(format));
        assertThat(expansion.inputs()).hasSize(18);
        try (Pipeline pipeline = StandardPipeline.build(AnalysisOptions.defaults())) {
            return pipeline.run(expansion.inputs(), new ByteArrayInputStream(new byte[0]), PipelineListener.NONE);
        }
    }

    /** Each story as the set of "folder/file" names of its articles. */
    private static Set<Set<String>> stories(Analysis analysis) {
        Map<String, String> names = names(analysis);
        return analysis.stories().stream()
                .map(s -> s.articles().stream().map(names::get).collect(Collectors.toSet()))
                .collect(Collectors.toSet());
    }

    private static Map<String, String> names(Analysis analysis) {
        Map<String, String> names = new HashMap<>();
        for (ArticleFacts a : analysis.articles()) {
            Path source = Path.of(a.article().source());
            names.put(a.article().id(), source.getParent().getFileName() + "/" + source.getFileName().toString().replaceAll("\\.\\w+$", ""));
        }
        return names;
    }

    @ParameterizedTest
    @ValueSource(strings = {"html", "json", "text"})
    void theArticlesMakeTheFiveStoriesOfTheAnswerKey(String format) {
        assertThat(stories(analyse(format))).containsExactlyInAnyOrder(
                Set.of("salt-road/screenline", "salt-road/metro-pulse", "salt-road/krvx", "salt-road/harbour-courier"),
                Set.of("vellacott-fire/krvx", "vellacott-fire/harbour-courier", "vellacott-fire/coastline-press", "vellacott-fire/daily-brisk"),
                Set.of("kettering-arrest/calloway-ledger", "kettering-arrest/harbour-courier", "kettering-arrest/coastline-press",
                        "kettering-arrest/metro-pulse"),
                Set.of("threlkeld-retires/touchline-today", "threlkeld-retires/harbour-courier", "threlkeld-retires/coastline-press"),
                Set.of("pier-seven-fire/calloway-ledger", "pier-seven-fire/coastline-press", "pier-seven-fire/harbour-courier"));
    }

    @Test
    void theOnlyReuseIsTheDailyBriskCopyingTheCouriersSecondParagraph() {
        Analysis analysis = analyse("html");
        Map<String, String> names = names(analysis);
        Map<String, ArticleFacts> byId = analysis.articles().stream().collect(Collectors.toMap(a -> a.article().id(), a -> a));
        List<TextReuse> reuse = analysis.stories().stream().map(StoryReport::reuse).flatMap(List::stream).toList();
        assertThat(reuse).singleElement().satisfies(r -> {
            assertThat(names.get(r.from())).isEqualTo("vellacott-fire/harbour-courier");
            assertThat(names.get(r.to())).isEqualTo("vellacott-fire/daily-brisk");
            assertThat(r.directed()).isTrue();
            String copied = byId.get(r.to()).article().textOf(r.toSpan());
            assertThat(copied).startsWith("The blaze broke out shortly before 9 p.m.").endsWith("three of them in critical condition.");
            assertThat(byId.get(r.from()).article().textOf(r.fromSpan())).startsWith("The fire broke out shortly before 9 p.m.");
            assertThat(r.similarity()).isBetween(0.9, 0.99);
        });
    }
}
