package org.corroborate.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EntityTypeTest {

    @Test
    void theMostVotedTypeWinsAndOtherOnlyWhenNothingElseHasAVote() {
        assertThat(EntityType.mostVoted(Map.of(EntityType.PERSON, 4, EntityType.LOCATION, 12))).isEqualTo(EntityType.LOCATION);
        assertThat(EntityType.mostVoted(Map.of(EntityType.OTHER, 9, EntityType.ORGANIZATION, 1))).isEqualTo(EntityType.ORGANIZATION);
        assertThat(EntityType.mostVoted(Map.of(EntityType.OTHER, 9))).isEqualTo(EntityType.OTHER);
        assertThat(EntityType.mostVoted(Map.of())).isEqualTo(EntityType.OTHER);
    }

    @Test
    void aTieGoesToTheTypeDeclaredFirst() {
        assertThat(EntityType.mostVoted(Map.of(EntityType.LOCATION, 3, EntityType.PERSON, 3))).isEqualTo(EntityType.PERSON);
    }
}
