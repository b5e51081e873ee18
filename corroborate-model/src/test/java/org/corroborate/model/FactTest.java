package org.corroborate.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FactTest {

    private static final FactSource SOURCE = new FactSource("a1", Stance.STATES, "12", new Span(0, 10), Optional.empty());

    @Test
    void needsBetweenOneAndAllOfItsSourcesToBeIndependent() {
        assertThat(new Fact("toll: 12", "fire", "death toll", "12", Verdict.SINGLE_SOURCE, 1, List.of(SOURCE)).verdict().label())
                .isEqualTo("single-source");
        assertThatThrownBy(() -> new Fact("toll: 12", "fire", "death toll", "12", Verdict.AGREED, 2, List.of(SOURCE)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 independent sources among 1");
        assertThatThrownBy(() -> new Fact("toll: 12", "fire", "death toll", "12", Verdict.AGREED, 0, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void wordEditsMustChangeSomething() {
        assertThat(new WordEdit("know if", "think").removed()).isEqualTo("know if");
        assertThatThrownBy(() -> new WordEdit("", "")).isInstanceOf(IllegalArgumentException.class);
    }
}
