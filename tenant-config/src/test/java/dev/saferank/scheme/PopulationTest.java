package dev.saferank.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PopulationTest {
    static Facts agency(String id, int volume, String category, String more) {
        return FactsLoader.fromYaml(TestCity.facts(id, "category: " + category + "\n" + more)
                .replace("businessVolume: 10", "businessVolume: " + volume));
    }

    @Test
    void rankBonusUsesCompetitionRankingOverEligibleAgencies() {
        // volumes 50, 50, 30, 10 (and an excluded 99): ranks 1, 1, 3, 4 → tiers 5, 5, 3, 0
        List<Facts> all = List.of(
                agency("A", 50, evaluation(), ""),
                agency("B", 50, training(), ""),
                agency("C", 30, evaluation(), ""),
                agency("D", 10, training(), ""),
                agency("X", 99, training(), "findings: [{rule: E2}]"));
        PopulationResult r = TestCity.ENGINE.evaluatePopulation(all);
        assertThat(r.evaluation("A").orElseThrow().item("9").points()).isEqualByComparingTo("5");
        assertThat(r.evaluation("B").orElseThrow().item("9").points()).isEqualByComparingTo("5");
        assertThat(r.evaluation("C").orElseThrow().item("9").points()).isEqualByComparingTo("3");
        assertThat(r.evaluation("D").orElseThrow().item("9").points()).isEqualByComparingTo("0");
        // totals 100 + rank bonus: A 105, B 105, C 103, D 100; ties share a rank, listed by agency id
        assertThat(r.overall()).extracting(PopulationResult.Ranked::agency).containsExactly("A", "B", "C", "D");
        assertThat(r.overall()).extracting(PopulationResult.Ranked::rank).containsExactly(1, 1, 3, 4);
        assertThat(r.rank("X")).isEmpty();
        assertThat(r.groups().get(evaluation()))
                .extracting(PopulationResult.Ranked::agency)
                .containsExactly("A", "C");
        assertThat(r.groups().get(training()))
                .extracting(PopulationResult.Ranked::rank)
                .containsExactly(1, 2);
        assertThat(r.top()).contains(2);
    }

    @Test
    void rejectsTheSameAgencyTwiceWithThePath() {
        assertThatThrownBy(() -> TestCity.ENGINE.evaluatePopulation(
                        List.of(agency("A", 1, evaluation(), ""), agency("A", 2, evaluation(), ""))))
                .isInstanceOf(InvalidFactsException.class)
                .hasMessageContaining("agencies[1].agency: agency A appears twice");
    }

    private static String evaluation() {
        return "evaluation";
    }

    private static String training() {
        return "training";
    }
}
