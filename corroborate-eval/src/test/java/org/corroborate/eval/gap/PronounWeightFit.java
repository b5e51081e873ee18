package org.corroborate.eval.gap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.corroborate.corenlp.CoreNlpAnalyzer;
import org.corroborate.engine.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Refits the entity resolver's pronoun weights on GAP development + validation with {@link PronounWeightFitter}
 * and writes them to {@code target/pronoun-weights.txt}, to be copied over
 * {@code corroborate-engine/src/main/resources/org/corroborate/engine/annotate/entity/pronoun-weights.txt} when a
 * pronoun cue changes. Prints the development-trained scores on validation, which are what predicts held-out data.
 *
 * <p>Run it with {@code mvn -q -pl corroborate-eval -am test -Dtest=PronounWeightFit -Dcorroborate.fit=true
 * -Dsurefire.failIfNoSpecifiedTests=false}; about two minutes on two cores, most of it tagging and, in each round,
 * resolving again (which runs the attention model).
 */
@EnabledIfSystemProperty(named = "corroborate.fit", matches = "true")
class PronounWeightFit {

    @Test
    void refitPronounWeightsOnGap() throws IOException {
        Path folder = SharedData.require("data/gap");
        GapReader reader = new GapReader();
        List<GapExample> development = reader.read(folder.resolve(GapReader.DEVELOPMENT_FILES.get(0)));
        List<GapExample> validation = reader.read(folder.resolve(GapReader.DEVELOPMENT_FILES.get(1)));
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        PronounWeightFitter fitter = new PronounWeightFitter(new CoreNlpAnalyzer(), threads);
        List<GapExample> all = new ArrayList<>(development);
        all.addAll(validation);
        List<PronounWeightFitter.Tagged> tagged = fitter.tag(all);
        PronounWeightFitter.Result result = fitter.run(tagged.subList(0, development.size()),
                tagged.subList(development.size(), tagged.size()));

        System.out.println(result.report());
        List<String> lines = new ArrayList<>();
        lines.add("# Weights of the pronoun cues (Salience.Feature, then PronounAttention), a conditional logit over each pronoun's candidates.");
        lines.add("# Written by org.corroborate.eval.gap.PronounWeightFitter from GAP development + validation (L2 "
                + PronounWeightFitter.L2 + "); refit with PronounWeightFit, do not edit by hand.");
        lines.addAll(result.weights().format());
        Path out = Path.of("target/pronoun-weights.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, lines, StandardCharsets.UTF_8);
        Files.writeString(Path.of("target/pronoun-weights-report.txt"), result.report(), StandardCharsets.UTF_8);
        assertThat(result.weights().values()).hasSize(PronounWeightFitterTest.cueCount());
    }
}
