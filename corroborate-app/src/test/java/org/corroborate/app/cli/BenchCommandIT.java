package org.corroborate.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench --baseline corenlp} runs both pipelines and prints their figures and the ratio. It checks that the
 * command measures and reports, not how fast anything is: speed is for the benchmark to show, not for tests.
 */
class BenchCommandIT {

    @TempDir
    Path corpus;

    @Test
    void printsBothPipelinesAndTheRatio() throws Exception {
        Files.writeString(corpus.resolve("note.txt"), """
                The river rose two metres overnight, the mayor of Lindqvist said on Sunday.

                "We moved the families from the lower town before midnight," she told reporters.
                """);
        CommandRun run = CommandRun.of("bench", "--corpus", corpus.toString(), "--baseline", "corenlp",
                "--passes", "1", "--warmup", "0", "--threads", "1");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("corpus:", "1 articles").containsPattern("corroborate\\s+load .* tokens/s .* articles/s .* peak heap")
                .containsPattern("corenlp\\s+load .* tokens/s").contains("where the time goes");
        Matcher ratio = Pattern.compile("ratio: (\\d+\\.\\d)").matcher(run.out());
        assertThat(ratio.find()).as(run.out()).isTrue();
        assertThat(Double.parseDouble(ratio.group(1))).isPositive();
    }

    @Test
    void anEmptyCorpusIsBadUsage() {
        CommandRun run = CommandRun.of("bench", "--corpus", corpus.resolve("missing").toString());
        assertThat(run.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--corpus");
    }
}
