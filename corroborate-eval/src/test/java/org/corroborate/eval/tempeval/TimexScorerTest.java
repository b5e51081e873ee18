package org.corroborate.eval.tempeval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.corroborate.model.Span;
import org.corroborate.model.TimeExpression;
import org.corroborate.model.TimeKind;
import org.junit.jupiter.api.Test;

class TimexScorerTest {

    private final TimexScorer scorer = new TimexScorer();

    private static GoldTimex gold(int start, int end, String type, String value) {
        return new GoldTimex(new Span(start, end), "x".repeat(end - start), type, value);
    }

    private static TimeExpression ours(int start, int end, TimeKind kind, String value) {
        return new TimeExpression(new Span(start, end), "x".repeat(end - start), kind, value);
    }

    @Test
    void countsStrictRelaxedValueAndTypeMatches() {
        List<GoldTimex> gold = List.of(
                gold(0, 8, "DATE", "2004-06-10"),          // found exactly, right value
                gold(20, 34, "TIME", "2004-06-10TMO"),     // found in part ("Thursday" of "Thursday morning")
                gold(40, 52, "DURATION", "P3M"),           // found exactly, wrong value
                gold(60, 63, "DATE", "PRESENT_REF"));      // missed
        List<TimeExpression> system = List.of(
                ours(0, 8, TimeKind.DATE, "2004-06-10"),
                ours(20, 28, TimeKind.DATE, "2004-06-10"),
                ours(40, 52, TimeKind.DURATION, "P3Y"),
                ours(70, 75, TimeKind.DATE, "2004"));      // spurious

        TimexScores s = scorer.score(gold, system).scores();

        assertThat(s).isEqualTo(new TimexScores(4, 4, 2, 3, 1, 2));
        assertThat(s.strictF1()).isCloseTo(0.5, within(1e-9));
        assertThat(s.relaxedF1()).isCloseTo(0.75, within(1e-9));
        assertThat(s.valueAccuracy()).isCloseTo(1.0 / 3, within(1e-9));
        // TempEval-3's value F1: value accuracy over the relaxed matches times the relaxed F1.
        assertThat(s.valueF1()).isCloseTo(0.25, within(1e-9));
        assertThat(s.typeF1()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void oneSystemExpressionMatchesOneGoldExpressionAtMost() {
        List<GoldTimex> gold = List.of(gold(0, 6, "TIME", "T10:00"), gold(7, 13, "DATE", "2004-06-10"));
        List<TimeExpression> system = List.of(ours(0, 13, TimeKind.TIME, "2004-06-10T10:00"));

        TimexScorer.DocumentResult r = scorer.score(gold, system);

        assertThat(r.scores().relaxedMatches()).isEqualTo(1);
        assertThat(r.matches()).filteredOn(m -> m.system().isEmpty()).hasSize(1);
        assertThat(r.spurious()).isEmpty();
    }

    @Test
    void nothingFoundScoresZeroWithoutDividingByZero() {
        TimexScores s = scorer.score(List.of(gold(0, 4, "DATE", "2004")), List.of()).scores();
        assertThat(s.relaxedF1()).isZero();
        assertThat(s.valueF1()).isZero();
        assertThat(TimexScores.NONE.plus(s)).isEqualTo(s);
    }
}
