package dev.saferank.batch.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RatingCommandTest {

    @Test
    void understandsARunOfATenantAndYearAndARestartOfARun() {
        assertThat(RatingCommand.understands(List.of("--tenant", "quanzhou", "--year", "2023")))
                .isTrue();
        assertThat(RatingCommand.understands(List.of("--restart", "--run", "42")))
                .isTrue();
    }

    @Test
    void refusesAnythingElseBeforeTheAppStarts() {
        assertThat(RatingCommand.understands(List.of())).isFalse();
        assertThat(RatingCommand.understands(List.of("--tenant", "quanzhou"))).isFalse();
        assertThat(RatingCommand.understands(List.of("--tenant", "quanzhou", "--year", "二〇二三")))
                .isFalse();
        assertThat(RatingCommand.understands(List.of("--restart", "--run", "x1")))
                .isFalse();
        assertThat(RatingCommand.understands(List.of("--run", "42"))).isFalse();
    }
}
