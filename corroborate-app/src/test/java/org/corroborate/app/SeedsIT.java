package org.corroborate.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.corroborate.app.render.ContractJson;
import org.corroborate.engine.SharedData;
import org.corroborate.engine.ingest.Input;
import org.corroborate.engine.pipeline.Analysis;
import org.corroborate.engine.pipeline.Pipeline;
import org.corroborate.engine.pipeline.PipelineListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed story through the real pipeline: every article field of the contract is present, and the checks of
 * {@code ../shared/seeds/EXPECTED.md} that pass are counted honestly, printed one by one, and must not fall
 * below the number the project has reached.
 */
class SeedsIT {

    /** The checks passed so far; raise it when a change makes more pass, never lower it. */
    private static final int CHECKS_REACHED = 25;

    private static SeedAnalysis seeds;

    @BeforeAll
    static void analyseSeeds() throws Exception {
        Path folder = SharedData.require("seeds");
        List<Input> inputs;
        try (Stream<Path> files = Files.list(folder)) {
            inputs = files.filter(p -> p.toString().endsWith(".txt")).sorted().map(Input::file).toList();
        }
        Analysis analysis;
        try (Pipeline pipeline = StandardPipeline.build(AnalysisOptions.defaults())) {
            analysis = pipeline.run(inputs, new ByteArrayInputStream(new byte[0]), PipelineListener.NONE);
        }
        assertThat(analysis.problems()).isEmpty();
        seeds = new SeedAnalysis(new ContractJson().analysis(analysis.articles(), analysis.stories()));
    }

    @Test
    void everyArticleCarriesEveryFieldOfTheContract() {
        for (JsonNode article : List.of(seeds.a000, seeds.a002)) {
            assertThat(article.fieldNames()).toIterable().contains("id", "source", "url", "outlet", "title", "byline",
                    "published", "text", "boilerplate", "captions", "entities", "times", "quotes", "claims");
            for (JsonNode quote : article.get("quotes")) {
                assertThat(quote.fieldNames()).toIterable().contains("start", "end", "text", "kind", "speaker", "cue", "medium");
                assertThat(SeedAnalysis.text(article, quote)).isEqualTo(quote.get("text").asText());
            }
        }
    }

    @Test
    void passesTheChecksOfExpectedMd() {
        List<SeedCheck> checks = SeedChecks.all();
        assertThat(checks).hasSize(25);
        int passed = 0;
        StringBuilder card = new StringBuilder("EXPECTED.md checks on the seeds:\n");
        for (SeedCheck check : checks) {
            boolean ok = check.passes().test(seeds);
            passed += ok ? 1 : 0;
            card.append(ok ? "  pass  " : "  FAIL  ").append(check.name()).append('\n');
        }
        card.append(passed).append(" of ").append(checks.size()).append(" pass");
        System.out.println(card);
        assertThat(passed).as(card.toString()).isGreaterThanOrEqualTo(CHECKS_REACHED);
    }
}
