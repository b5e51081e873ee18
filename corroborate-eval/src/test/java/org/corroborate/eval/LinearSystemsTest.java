package org.corroborate.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LinearSystemsTest {

    @Test
    void solvesALinearSystem() {
        double[] x = LinearSystems.solve(new double[][] {{4, 1}, {1, 3}}, new double[] {1, 2});

        assertThat(x[0]).isCloseTo(1.0 / 11, within(1e-9));
        assertThat(x[1]).isCloseTo(7.0 / 11, within(1e-9));
    }

    @Test
    void pivotsPastAZeroOnTheDiagonalAndLeavesItsInputsAlone() {
        double[][] a = {{0, 2}, {3, 1}};
        double[] b = {4, 5};
        double[] x = LinearSystems.solve(a, b);

        assertThat(x[0]).isCloseTo(1.0, within(1e-9));
        assertThat(x[1]).isCloseTo(2.0, within(1e-9));
        assertThat(a[0]).containsExactly(0, 2);
        assertThat(b).containsExactly(4, 5);
    }
}
