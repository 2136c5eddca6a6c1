package dev.saferank.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class OutboxSettingsTest {

    @Test
    void theWaitDoublesAfterEachFailureUpToTheCap() {
        var settings = new OutboxSettings(
                Duration.ofSeconds(1), 200, 2, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofSeconds(60));

        // 1 s, 2 s, 4 s, ... 32 s, then capped at 60 s
        assertThat(settings.backoffMillis(0)).isEqualTo(1_000);
        assertThat(settings.backoffMillis(1)).isEqualTo(2_000);
        assertThat(settings.backoffMillis(5)).isEqualTo(32_000);
        assertThat(settings.backoffMillis(6)).isEqualTo(60_000);
        assertThat(settings.backoffMillis(1_000)).isEqualTo(60_000);
    }
}
