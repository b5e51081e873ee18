package org.corroborate.engine.annotate.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.corroborate.engine.annotate.time.TimexValue.Granularity;
import org.junit.jupiter.api.Test;

class TimexValueTest {

    private static final LocalDate DAY = LocalDate.of(1998, 8, 7);

    @Test
    void formatsEachGranularityAsTimex3Does() {
        assertThat(TimexValue.of(Granularity.CENTURY, DAY).format()).isEqualTo("19");
        assertThat(TimexValue.of(Granularity.DECADE, DAY).format()).isEqualTo("199");
        assertThat(TimexValue.of(Granularity.YEAR, DAY).format()).isEqualTo("1998");
        assertThat(TimexValue.of(Granularity.HALF, DAY).format()).isEqualTo("1998-H2");
        assertThat(TimexValue.of(Granularity.QUARTER, DAY).format()).isEqualTo("1998-Q3");
        assertThat(TimexValue.of(Granularity.SEASON, DAY).format()).isEqualTo("1998-SU");
        assertThat(TimexValue.of(Granularity.MONTH, DAY).format()).isEqualTo("1998-08");
        assertThat(TimexValue.of(Granularity.WEEK, DAY).format()).isEqualTo("1998-W32");
        assertThat(TimexValue.of(Granularity.WEEKEND, DAY).format()).isEqualTo("1998-W32-WE");
        assertThat(TimexValue.day(DAY).withTime("TNI").format()).isEqualTo("1998-08-07TNI");
    }

    @Test
    void winterBelongsToTheYearItStartsIn() {
        assertThat(TimexValue.of(Granularity.SEASON, LocalDate.of(1999, 2, 10)).format()).isEqualTo("1998-WI");
        assertThat(TimexValue.season(1994, "WI").start()).isEqualTo(LocalDate.of(1994, 12, 1));
    }

    @Test
    void shiftingKeepsTheGranularity() {
        assertThat(TimexValue.quarter(1989, 3).plus(Granularity.YEAR, -1).format()).isEqualTo("1988-Q3");
        assertThat(TimexValue.month(2001, 8).plus(Granularity.YEAR, 20).format()).isEqualTo("2021-08");
        assertThat(TimexValue.of(Granularity.WEEK, LocalDate.of(2021, 1, 4)).next(-1).format()).isEqualTo("2020-W53");
        assertThat(TimexValue.day(DAY).next(1).format()).isEqualTo("1998-08-08");
    }

    @Test
    void aTimeOfDayNeedsADay() {
        assertThatThrownBy(() -> new TimexValue(Granularity.MONTH, DAY, "TNI"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a day");
    }
}
