package org.corroborate.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MetadataTest {

    @Test
    void treatsBlankValuesAsAbsentAndFillsGapsFromAnother() {
        Metadata container = new Metadata(Optional.of("  "), Optional.of("Ada Quill"), Optional.empty(),
                Optional.empty(), Optional.empty());
        Metadata page = Metadata.EMPTY.withTitle(Optional.of("Harbour floods")).withByline(Optional.of("Someone Else"));
        Metadata merged = container.orElse(page);
        assertThat(merged.title()).contains("Harbour floods");
        assertThat(merged.byline()).contains("Ada Quill");
    }

    @Test
    void publishedPrintsAsIsoAtTheGivenPrecision() {
        assertThat(Published.on(LocalDate.of(2023, 3, 3)).iso()).isEqualTo("2023-03-03");
        assertThat(Published.at(OffsetDateTime.parse("2023-03-03T09:30:00Z")).iso()).isEqualTo("2023-03-03T09:30Z");
        assertThatThrownBy(() -> new Published(LocalDate.of(2023, 3, 4), Optional.of(OffsetDateTime.parse("2023-03-03T09:30:00Z"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
