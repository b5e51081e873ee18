package org.corroborate.eval.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.corroborate.engine.annotate.entity.PronounWeights;
import org.junit.jupiter.api.Test;

class PronounWeightFitterTest {

    static int cueCount() {
        return PronounWeights.cueNames().size();
    }

    @Test
    void newtonRecoversTheWeightsThatDrewTheChoices() {
        int k = cueCount();
        double[] truth = new double[k];
        truth[0] = 2.0;
        truth[1] = -1.0;
        Random random = new Random(42);
        List<PronounWeightFitter.ChoiceSet> data = new ArrayList<>();
        for (int n = 0; n < 4000; n++) {
            double[][] cues = new double[3][k];
            double[] p = new double[3];
            double z = 0;
            for (int c = 0; c < 3; c++) {
                cues[c][0] = random.nextGaussian();
                cues[c][1] = random.nextGaussian();
                p[c] = Math.exp(truth[0] * cues[c][0] + truth[1] * cues[c][1]);
                z += p[c];
            }
            double u = random.nextDouble() * z;
            int gold = u < p[0] ? 0 : u < p[0] + p[1] ? 1 : 2;
            data.add(new PronounWeightFitter.ChoiceSet(cues, gold));
        }

        PronounWeights w = PronounWeightFitter.fit(data, 1e-6);

        assertThat(w.values().get(0)).isCloseTo(2.0, within(0.15));
        assertThat(w.values().get(1)).isCloseTo(-1.0, within(0.15));
        assertThat(w.values().get(2)).isEqualTo(0.0);
    }

    @Test
    void aStrongPenaltyShrinksTheWeights() {
        int k = cueCount();
        double[][] cues = new double[2][k];
        cues[0][0] = 1;
        List<PronounWeightFitter.ChoiceSet> data = List.of(new PronounWeightFitter.ChoiceSet(cues, 0));

        double weak = PronounWeightFitter.fit(data, 0.01).values().get(0);
        double strong = PronounWeightFitter.fit(data, 10).values().get(0);

        assertThat(strong).isPositive().isLessThan(weak);
    }
}
