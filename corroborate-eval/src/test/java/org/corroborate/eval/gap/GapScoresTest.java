package org.corroborate.eval.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.corroborate.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GapScoresTest {

    private static final String HEADER = "ID\tText\tPronoun\tPronoun-offset\tA\tA-offset\tA-coref\tB\tB-offset\tB-coref\tURL";

    @TempDir
    Path dir;

    @Test
    void readsTheElevenColumnsAndNeverTheUrl() throws IOException {
        Path file = dir.resolve("gap.tsv");
        Files.writeString(file, HEADER + "\n"
                + "t-1\tOrla Venn met Bett Ruane. She smiled.\tShe\t26\tOrla Venn\t0\tFALSE\tBett Ruane\t14\tTRUE\thttp://example.org/x\n");
        List<GapExample> read = new GapReader().read(file);
        assertThat(read).hasSize(1);
        GapExample x = read.get(0);
        assertThat(x.pronoun()).isEqualTo(new Span(26, 29));
        assertThat(x.a().name()).isEqualTo("Orla Venn");
        assertThat(x.b().coref()).isTrue();
        assertThat(x.gender()).isEqualTo(GapExample.Gender.FEMININE);
    }

    @Test
    void aNameNotAtItsOffsetIsReportedWithItsLine() throws IOException {
        Path file = dir.resolve("bad.tsv");
        Files.writeString(file, HEADER + "\n" + "t-1\tOrla met Bett. She left.\tShe\t15\tOrla\t3\tTRUE\tBett\t9\tFALSE\turl\n");
        assertThatThrownBy(() -> new GapReader().read(file)).hasMessageContaining("line 2").hasMessageContaining("'Orla'");
    }

    @Test
    void countsAsTheOfficialScorerDoes() {
        // Two examples: one right (A linked, A gold), one wrong (B linked, neither gold).
        GapScores s = GapScores.NONE.plus(true, true).plus(false, false).plus(false, false).plus(false, true);
        assertThat(s).isEqualTo(new GapScores(1, 1, 2, 0));
        assertThat(s.precision()).isCloseTo(0.5, within(1e-9));
        assertThat(s.recall()).isCloseTo(1.0, within(1e-9));
        assertThat(s.f1()).isCloseTo(2 * 0.5 / 1.5, within(1e-9));
        assertThat(GapScores.NONE.f1()).isZero();
    }

    @Test
    void biasIsFeminineOverMasculineF1() {
        GapExample he = example("he", true, false);
        GapExample she = example("she", true, false);
        GapRunner.Evaluation e = new GapRunner.Evaluation(List.of(
                new GapRunner.Decision(he, true, false, Optional.empty()),
                new GapRunner.Decision(she, false, true, Optional.empty())));
        assertThat(e.scores(GapExample.Gender.MASCULINE).f1()).isCloseTo(1.0, within(1e-9));
        assertThat(e.scores(GapExample.Gender.FEMININE).f1()).isZero();
        assertThat(e.bias()).isZero();
        assertThat(e.overall()).isEqualTo(new GapScores(1, 1, 1, 1));
    }

    private static GapExample example(String pronoun, boolean a, boolean b) {
        String text = "Ann met Bea and " + pronoun + " left.";
        int at = text.indexOf(" " + pronoun + " ") + 1;
        return new GapExample("x", text, new Span(at, at + pronoun.length()),
                new GapExample.Candidate("Ann", new Span(0, 3), a), new GapExample.Candidate("Bea", new Span(8, 11), b));
    }
}
