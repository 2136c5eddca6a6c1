package dev.saferank.batch.rating.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EnterpriseDrawTest {

    static final List<Long> FIVE = List.of(11L, 12L, 13L, 14L, 15L);

    @Test
    void drawsTheSameEnterpriseForTheSameTenantYearAndAgency() {
        String first = EnterpriseDraw.draw("linyi", 2022, 42, FIVE);
        for (int i = 0; i < 10; i++) {
            assertThat(EnterpriseDraw.draw("linyi", 2022, 42, FIVE)).isEqualTo(first);
        }
        assertThat(FIVE).contains(Long.parseLong(first));
    }

    @Test
    void drawsAcrossTheEnterprisesOverManyAgencies() {
        Set<String> drawn = new HashSet<>();
        for (long agency = 1; agency <= 200; agency++) {
            drawn.add(EnterpriseDraw.draw("linyi", 2022, agency, FIVE));
        }
        assertThat(drawn).containsExactlyInAnyOrder("11", "12", "13", "14", "15");
    }

    @Test
    void anotherYearOrTenantIsAnotherDraw() {
        long differs = 0;
        for (long agency = 1; agency <= 50; agency++) {
            if (!EnterpriseDraw.draw("linyi", 2022, agency, FIVE)
                    .equals(EnterpriseDraw.draw("linyi", 2023, agency, FIVE))) {
                differs++;
            }
        }
        assertThat(differs).isGreaterThan(20);
    }
}
