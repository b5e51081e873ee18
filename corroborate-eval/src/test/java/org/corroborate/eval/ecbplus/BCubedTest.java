package org.corroborate.eval.ecbplus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BCubedTest {

    @Test
    void aPerfectClusteringScoresOne() {
        BCubed.Score s = BCubed.score(Map.of("a", "x", "b", "x", "c", "y"), Map.of("a", "1", "b", "1", "c", "2"));
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isEqualTo(1.0);
        assertThat(s.f1()).isEqualTo(1.0);
    }

    @Test
    void oneClusterForTwoClassesKeepsRecallAndLosesPrecision() {
        // Classes {a,b} and {c,d} in one cluster: each item's cluster is half its class.
        BCubed.Score s = BCubed.score(Map.of("a", "x", "b", "x", "c", "x", "d", "x"), Map.of("a", "1", "b", "1", "c", "2", "d", "2"));
        assertThat(s.precision()).isCloseTo(0.5, within(1e-9));
        assertThat(s.recall()).isEqualTo(1.0);
        assertThat(s.f1()).isCloseTo(2 / 3.0, within(1e-9));
    }

    @Test
    void singletonsKeepPrecisionAndLoseRecall() {
        // Class {a,b,c} as three singletons: recall 1/3 for each, and d alone is right.
        BCubed.Score s = BCubed.score(Map.of("a", "x", "b", "y", "c", "z", "d", "w"), Map.of("a", "1", "b", "1", "c", "1", "d", "2"));
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isCloseTo((3 * (1 / 3.0) + 1) / 4, within(1e-9));
        assertThat(s.clusters()).isEqualTo(4);
        assertThat(s.classes()).isEqualTo(2);
    }

    @Test
    void anItemWithoutAGoldClassIsAnError() {
        assertThatThrownBy(() -> BCubed.score(Map.of("a", "x"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a");
    }
}
