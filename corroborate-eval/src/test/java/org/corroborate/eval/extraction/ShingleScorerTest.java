package org.corroborate.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark's metric on small invented texts whose scores can be worked out by hand. */
class ShingleScorerTest {

    private final ShingleScorer scorer = new ShingleScorer();

    @Test
    void tokensAreRunsOfUnicodeWordCharactersWithCaseKept() {
        assertThat(ShingleScorer.tokens("The ferry’s 1st run—on time_ok! Café ½"))
                .containsExactly("The", "ferry", "s", "1st", "run", "on", "time_ok", "Café", "½");
    }

    @Test
    void identicalTextsScoreOneAndDisjointTextsZero() {
        ShingleMatch same = scorer.match("one two three four five", "one two three four five");
        ShingleMatch apart = scorer.match("one two three four five", "six seven eight nine ten");

        assertThat(same.precision()).isEqualTo(1);
        assertThat(same.recall()).isEqualTo(1);
        assertThat(apart.precision()).isZero();
        assertThat(apart.recall()).isZero();
    }

    @Test
    void extraTextLowersPrecisionOnlyAndCountsAreNormalised() {
        // expected: 2 shingles (a b c d, b c d e); predicted adds "x" at the end: 3 shingles, 2 shared.
        ShingleMatch m = scorer.match("a b c d e", "a b c d e x");

        assertThat(m.truePositives()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(m.falsePositives()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(m.falseNegatives()).isZero();
        assertThat(m.precision()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(m.recall()).isEqualTo(1);
    }

    @Test
    void shinglesAreABagSoARepeatCountsTwice() {
        // "a b c d a b c d": shingles abcd, bcda, cdab, dabc, abcd; predicting the text once matches one abcd.
        ShingleMatch m = scorer.match("a b c d a b c d", "a b c d");

        assertThat(m.truePositives()).isCloseTo(1.0 / 5, within(1e-12));
        assertThat(m.falseNegatives()).isCloseTo(4.0 / 5, within(1e-12));
    }

    @Test
    void aShortTextIsOneShingleAndAnEmptyPredictionHasNoPrecision() {
        ShingleMatch shortOnes = scorer.match("All...", "All");
        ShingleMatch empty = scorer.match("one two three four", "");

        assertThat(shortOnes.precision()).isEqualTo(1);
        assertThat(empty.recall()).isZero();
        assertThat(scorer.aggregate(List.of(empty, shortOnes)).precision())
                .as("a page with nothing extracted is left out of the mean precision").isEqualTo(1);
    }

    @Test
    void f1IsTheHarmonicMeanOfTheMeanPrecisionAndMeanRecall() {
        ShingleMatch perfect = scorer.match("a b c d e", "a b c d e");
        ShingleMatch half = scorer.match("a b c d e", "a b c d e x y z");

        ExtractionScore score = scorer.aggregate(List.of(perfect, half));

        double p = (1 + 2.0 / 5) / 2;
        assertThat(score.precision()).isCloseTo(p, within(1e-12));
        assertThat(score.recall()).isEqualTo(1);
        assertThat(score.f1()).isCloseTo(2 * p / (p + 1), within(1e-12));
    }
}
