package org.corroborate.engine.annotate.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PronounWeightsTest {

    @Test
    void theShippedWeightsWeighEveryCue() {
        assertThat(PronounWeights.DEFAULT.values()).hasSize(PronounWeights.cueNames().size());
    }

    @Test
    void formatAndParseRoundTrip() {
        assertThat(PronounWeights.parse(PronounWeights.DEFAULT.format())).isEqualTo(PronounWeights.DEFAULT);
    }

    @Test
    void anUnknownOrMissingCueIsNamed() {
        List<String> lines = new ArrayList<>(PronounWeights.DEFAULT.format());
        lines.set(0, "NO_SUCH_CUE 1.0");
        assertThatThrownBy(() -> PronounWeights.parse(lines)).hasMessageContaining("NO_SUCH_CUE");
        List<String> missing = new ArrayList<>(PronounWeights.DEFAULT.format());
        String first = missing.remove(0).split(" ")[0];
        assertThatThrownBy(() -> PronounWeights.parse(missing)).hasMessageContaining(first + " has no weight");
    }
}
