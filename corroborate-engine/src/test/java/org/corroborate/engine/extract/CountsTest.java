package org.corroborate.engine.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountsTest {

    @Test
    void normalizesDigitsWordsAndQualifiers() {
        assertThat(Counts.normalize("four")).contains("4");
        assertThat(Counts.normalize("14")).contains("14");
        assertThat(Counts.normalize("More than a dozen")).contains(">12");
        assertThat(Counts.normalize("about 30")).contains("~30");
        assertThat(Counts.normalize("at least 1,200")).contains(">=1200");
        assertThat(Counts.normalize("nearly 1.5 million")).contains("<1500000");
        assertThat(Counts.normalize("several")).isEmpty();
    }

    @Test
    void anExactCountInsideAnEstimateIsCompatibleAndMoreSpecific() {
        assertThat(Counts.compatible("14", ">12")).isTrue();
        assertThat(Counts.moreSpecific("14", ">12")).isTrue();
        assertThat(Counts.compatible("31", "~30")).isTrue();
        assertThat(Counts.compatible("4", "6")).isFalse();
        assertThat(Counts.compatible("10", ">12")).isFalse();
        assertThat(Counts.compatible("12", "<12")).isFalse();
        assertThat(Counts.compatible("4", "4")).isTrue();
        assertThat(Counts.moreSpecific("4", "4")).isFalse();
    }
}
