package org.corroborate.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpanTest {

    @Test
    void rejectsRangesThatAreNotRanges() {
        assertThatThrownBy(() -> new Span(-1, 2)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[-1, 2)");
        assertThatThrownBy(() -> new Span(5, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Span(3, 3).isEmpty()).isTrue();
    }

    @Test
    void measuresOverlapAndContainment() {
        Span a = new Span(10, 20);
        assertThat(a.overlap(new Span(15, 30))).isEqualTo(5);
        assertThat(a.overlap(new Span(20, 30))).isZero();
        assertThat(a.overlaps(new Span(20, 30))).isFalse();
        assertThat(a.overlaps(new Span(19, 30))).isTrue();
        assertThat(a.contains(new Span(10, 20))).isTrue();
        assertThat(a.contains(new Span(9, 20))).isFalse();
        assertThat(a.contains(19)).isTrue();
        assertThat(a.contains(20)).isFalse();
        assertThat(a.cover(new Span(25, 30))).isEqualTo(new Span(10, 30));
    }

    @Test
    void ordersByStartThenEnd() {
        assertThat(new Span(1, 5).compareTo(new Span(2, 3))).isNegative();
        assertThat(new Span(1, 5).compareTo(new Span(1, 3))).isPositive();
    }

    @Test
    void readsItsTextAndRefusesToReachPastIt() {
        assertThat(new Span(4, 9).of("The quick fox")).isEqualTo("quick");
        assertThatThrownBy(() -> new Span(4, 20).of("short")).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessageContaining("5 chars");
    }
}
