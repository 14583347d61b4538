package org.openwfm.selfservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class AccessTiersTest {

    @Test
    void accessTiersFollowReliability() {
        AccessTiers tiers = new AccessTiers(List.of(0, 30, 60), List.of(0.95, 0.85), 2);

        assertThat(tiers.tierFor(1.0)).isEqualTo(1);
        assertThat(tiers.tierFor(0.95)).isEqualTo(1); // exactly a threshold still reaches it
        assertThat(tiers.tierFor(0.949)).isEqualTo(2);
        assertThat(tiers.tierFor(0.9)).isEqualTo(2);
        assertThat(tiers.tierFor(0.85)).isEqualTo(2);
        assertThat(tiers.tierFor(0.849)).isEqualTo(3);
        assertThat(tiers.tierFor(0.5)).isEqualTo(3);
        assertThat(tiers.tierFor(null)).isEqualTo(2);
        assertThat(tiers.delayOf(3)).isEqualTo(60);
        assertThatThrownBy(() -> new AccessTiers(List.of(0, 30), List.of(0.9, 0.8), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
