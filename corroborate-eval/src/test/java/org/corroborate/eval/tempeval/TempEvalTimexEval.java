package org.corroborate.eval.tempeval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.corroborate.engine.SharedData;
import org.corroborate.engine.annotate.time.TimeTagger;
import org.junit.jupiter.api.Test;

/**
 * Time expressions on TempEval-3's development data, TBAQ-cleaned (AQUAINT and TimeBank, 256 documents,
 * 1,822 TIMEX3s), scored as the official toolkit scores them. The target is a value F1 of at least 0.80
 * (HeidelTime reached about 0.78 on TempEval-3's test set; CoreNLP SUTime measured 0.681 here).
 *
 * <p>Run it with {@code mvn -q -pl corroborate-eval -am test -Dtest=TempEvalTimexEval
 * -Dsurefire.failIfNoSpecifiedTests=false}; it takes a few seconds. {@link TempEvalRunner#main} prints the same
 * numbers and, with {@code --errors}, every miss. Skips when {@code ../shared} is absent.
 */
class TempEvalTimexEval {

    @Test
    void valueF1OnTbaqIsAtLeastEightyPercent() {
        Path tbaq = SharedData.require(TempEvalRunner.TBAQ);
        List<TimeMlDocument> documents = TempEvalRunner.readTbaq(tbaq);
        TempEvalRunner runner = new TempEvalRunner(new TimeTagger());

        TempEvalRunner.Evaluation body = runner.run(documents, TempEvalRunner.Regions.ARTICLE_BODY);
        TempEvalRunner.Evaluation whole = runner.run(documents, TempEvalRunner.Regions.WHOLE_TEXT);

        System.out.printf(Locale.ROOT, "TempEval-3 TBAQ-cleaned, %d documents, as analyze sees them (body blocks):%n%s%n"
                + "tagged at %.0f words per CPU-second%n", documents.size(), body.scores().report(), body.wordsPerSecond());
        System.out.printf(Locale.ROOT, "the same, each text as one region:%n%s%n", whole.scores().report());
        assertThat(documents).hasSize(256);
        assertThat(body.scores().gold()).isEqualTo(1822);
        assertThat(body.scores().valueF1()).isGreaterThanOrEqualTo(0.80);
        assertThat(whole.scores().valueF1()).isGreaterThanOrEqualTo(0.80);
        assertThat(body.scores().relaxedF1()).isGreaterThanOrEqualTo(0.90);
    }
}
