package org.corroborate.eval.gap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.corroborate.corenlp.CoreNlpAnalyzer;
import org.corroborate.engine.SharedData;
import org.corroborate.model.Mention;
import org.junit.jupiter.api.Test;

/**
 * GAP's development and validation pronouns (2,454 examples) through the path {@code analyze} takes with a
 * plain-text input: CoreNLP's tagger and Corroborate's entity resolver, scored as GAP's official scorer scores
 * (F1 over the names the pronoun means, overall and by the pronoun's gender, and the bias F/M). The paper's
 * rule-based baselines reach 66.9 (snippet context) to 70.6 (page context); CoreNLP's statistical coreference
 * measured 0.577 here. Corroborate measures F1 0.774 (masculine 0.789, feminine 0.760, bias 0.96) with the pronoun
 * weights fitted on both files (in sample); weights fitted on development alone score 0.767 on validation, which is
 * what to expect of held-out text ({@link PronounWeightFit} refits and reports both). Without the attention cues
 * ({@code PronounAttention}) the same were 0.712 and 0.708.
 *
 * <p>Run it with {@code mvn -q -pl corroborate-eval -am test -Dtest=GapEval -Dsurefire.failIfNoSpecifiedTests=false};
 * it takes about a minute on two cores and writes every decision, with the pronoun's entity, to
 * {@code target/gap-decisions.txt}. Skips when {@code ../shared} is absent.
 */
class GapEval {

    @Test
    void pronounsOfGapDevelopmentAndValidation() throws IOException {
        Path folder = SharedData.require("data/gap");
        List<GapExample> examples = new GapReader().readDevelopment(folder);
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        long start = System.nanoTime();
        GapRunner.Evaluation e = new GapRunner(new CoreNlpAnalyzer()).run(examples, threads);
        double seconds = (System.nanoTime() - start) / 1e9;

        System.out.printf(Locale.ROOT, "GAP development + validation, %d examples, %d threads, %.0f s:%n%s%n",
                examples.size(), threads, seconds, e.report());
        writeDecisions(e, Path.of("target/gap-decisions.txt"));
        assertThat(examples).hasSize(2454);
        assertThat(e.overall().f1()).isGreaterThanOrEqualTo(0.765);
        assertThat(e.scores(GapExample.Gender.MASCULINE).f1()).isGreaterThanOrEqualTo(0.78);
        assertThat(e.scores(GapExample.Gender.FEMININE).f1()).isGreaterThanOrEqualTo(0.75);
        assertThat(e.bias()).isBetween(0.9, 1.1);
    }

    private static void writeDecisions(GapRunner.Evaluation e, Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        for (GapRunner.Decision d : e.decisions()) {
            GapExample x = d.example();
            String gold = x.a().coref() ? "A" : x.b().coref() ? "B" : "-";
            String ours = (d.a() ? "A" : "") + (d.b() ? "B" : "");
            lines.add(String.join("\t", x.id(), "gold " + gold, "ours " + (ours.isEmpty() ? "-" : ours),
                    d.entity().map(en -> en.name() + " " + en.mentions().stream().map(Mention::text).toList()).orElse("-")));
        }
        Files.createDirectories(file.getParent());
        Files.write(file, lines, StandardCharsets.UTF_8);
    }
}
