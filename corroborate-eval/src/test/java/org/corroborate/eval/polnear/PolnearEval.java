package org.corroborate.eval.polnear;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.corroborate.corenlp.CoreNlpAnalyzer;
import org.corroborate.engine.SharedData;
import org.junit.jupiter.api.Test;

/**
 * Quotations and attributions on PolNeAR's train and dev compartments (924 articles, 22,024 attributions, 6,247
 * of them direct quotations), through the path {@code corroborate analyze FILE.txt} takes: ingest, clean, CoreNLP
 * tags, Corroborate's extractor. A quotation matches an annotated attribution when they share at least half of
 * the chars they cover together; a matched direct quotation's speaker is right when its span overlaps the
 * annotated source, or the entity it resolves to has a mention that does ({@link AttributionScorer}).
 *
 * <p>The targets are direct-quotation recall 0.95 with the speaker right on 0.90, and an F1 of 0.70 over
 * all attributions; CoreNLP's own quote attribution, measured here, reaches 0.765, 0.494 and 0.307. Measured:
 * 0.905, 0.920 and 0.666 (precision 0.770, recall 0.586), in 60 to 100 s on two cores; the floors are just under.
 * Run it with {@code mvn -q -pl corroborate-eval -am test -Dtest=PolnearEval -Dsurefire.failIfNoSpecifiedTests=false};
 * {@link PolnearRunner#main} prints the same numbers and, with {@code --errors}, every miss. Skips when
 * {@code ../shared} is absent.
 */
class PolnearEval {

    @Test
    void directQuotationsTheirSpeakersAndAllAttributions() {
        Path data = SharedData.require(PolnearReader.DATA);
        List<PolnearArticle> articles = new PolnearReader().read(data, PolnearRunner.DEVELOPMENT);
        int threads = Runtime.getRuntime().availableProcessors();

        PolnearRunner.Evaluation run = new PolnearRunner(new CoreNlpAnalyzer()).run(articles, threads);

        AttributionScores s = run.scores();
        System.out.printf(Locale.ROOT, "PolNeAR train+dev, %d articles, %.0f s on %d threads:%n%s%n", articles.size(),
                run.seconds(), threads, s.report());
        assertThat(articles).hasSize(924);
        assertThat(s.gold()).isEqualTo(22_024);
        assertThat(s.direct()).isEqualTo(6_247);
        assertThat(s.directRecall()).isGreaterThanOrEqualTo(0.900);
        assertThat(s.speakerAccuracy()).isGreaterThanOrEqualTo(0.915);
        assertThat(s.f1()).isGreaterThanOrEqualTo(0.660);
    }
}
