package io.framewise.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventIdsTest {

    @Test
    void theSameCauseAndPartGiveTheSameIdAndAnythingElseAnother() {
        UUID cause = UUID.fromString("00000000-0000-4000-8000-000000000001");
        assertThat(EventIds.derive(cause, "capture/1")).isEqualTo(EventIds.derive(cause, "capture/1"))
                .isNotEqualTo(EventIds.derive(cause, "capture/2"))
                .isNotEqualTo(EventIds.derive(UUID.randomUUID(), "capture/1"))
                .isNotEqualTo(cause);
        assertThat(EventIds.derive(cause, "x").version()).isEqualTo(3);
    }
}
