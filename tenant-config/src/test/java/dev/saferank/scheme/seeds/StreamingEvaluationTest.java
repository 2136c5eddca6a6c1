package dev.saferank.scheme.seeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.saferank.scheme.Evaluation;
import dev.saferank.scheme.Facts;
import dev.saferank.scheme.FactsLoader;
import dev.saferank.scheme.PopulationResult;
import dev.saferank.scheme.RankPoints;
import dev.saferank.scheme.RankValue;
import dev.saferank.scheme.SchemeLoader;
import dev.saferank.scheme.ScoringEngine;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The streaming API gives exactly what {@link ScoringEngine#evaluatePopulation} gives, on the seed
 * schemes' hand-worked populations: a rating job that sees one agency at a time (rank values of the
 * eligible agencies first, then each agency with the rank points) and ranks the totals itself the way
 * SQL {@code RANK() OVER (ORDER BY total DESC)} does.
 */
class StreamingEvaluationTest {

    static Stream<Arguments> populations() throws Exception {
        var linyi = SchemeLoader.fromClasspath("tenants/linyi/linyi-2022.yaml");
        return Stream.of(
                Arguments.of("苏州 rank bonus", SuzhouSchemeTest.ENGINE, SuzhouSchemeTest.rankBonusPopulation()),
                Arguments.of("苏州 random volumes with ties", SuzhouSchemeTest.ENGINE, randomSuzhou()),
                Arguments.of("佛山 标杆 per category", FoshanSchemeTest.ENGINE, FoshanSchemeTest.benchmarkPopulation()),
                Arguments.of(
                        "佛山 tied at the 15th", FoshanSchemeTest.ENGINE, FoshanSchemeTest.tiedAtFifteenPopulation()),
                Arguments.of(
                        "泉州 example population",
                        QuanzhouSchemeTest.ENGINE,
                        FactsLoader.loadPopulation(Path.of("examples/quanzhou-population.yaml"))),
                Arguments.of(
                        "临沂 worked agency",
                        new ScoringEngine(linyi),
                        List.of(FoshanSchemeTest.fixture("linyi/worked-agency.yaml"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("populations")
    void streamingGivesThePopulationsEvaluationsAndRanks(String name, ScoringEngine engine, List<Facts> population) {
        PopulationResult whole = engine.evaluatePopulation(population);

        // pass 1: rank values of the eligible agencies only (in any order: shuffled here)
        List<Facts> shuffled = new ArrayList<>(population);
        Collections.shuffle(shuffled, new Random(7));
        List<RankValue> values = new ArrayList<>();
        for (Facts f : shuffled) {
            if (engine.exclusion(f).isEmpty()) {
                values.addAll(engine.rankValues(f));
            } else {
                assertThat(engine.rankValues(f))
                        .as("excluded %s takes no rank", f.agency())
                        .isEmpty();
            }
        }
        RankPoints points = engine.rankPoints(values);
        // pass 2: every agency alone with the rank points
        List<Evaluation> streamed =
                population.stream().map(f -> engine.evaluate(f, points)).toList();

        assertThat(streamed).isEqualTo(whole.evaluations());
        assertThat(ranks(streamed, e -> Optional.of("all"))).isEqualTo(ranks(whole.overall()));
        Map<String, Map<String, Integer>> groups = new TreeMap<>();
        whole.groups()
                .forEach((group, ranked) -> groups.put(group, ranks(ranked).getOrDefault("all", Map.of())));
        Map<String, Map<String, Integer>> streamedGroups = new TreeMap<>();
        for (String group : groups.keySet()) {
            streamedGroups.put(
                    group,
                    ranks(streamed, e -> engine.group(e).filter(group::equals)).getOrDefault(group, Map.of()));
        }
        assertThat(streamedGroups).isEqualTo(groups);
        assertThat(engine.hasRankRules()).isEqualTo(name.startsWith("苏州"));
    }

    @Test
    void rankPointsRefuseARuleTheSchemeLacksAndAnAgencyTwice() {
        ScoringEngine engine = SuzhouSchemeTest.ENGINE;
        assertThatThrownBy(() -> engine.rankPoints(List.of(new RankValue("A", "9.9", BigDecimal.ONE))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("9.9");
        assertThatThrownBy(() -> engine.rankPoints(List.of(
                        new RankValue("A", "20.1", BigDecimal.ONE), new RankValue("A", "20.1", BigDecimal.TWO))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("twice");
        assertThat(engine.rankPoints(List.of(
                                new RankValue("A", "20.1", BigDecimal.ONE),
                                new RankValue("B", "20.1", BigDecimal.TEN),
                                new RankValue("C", "20.1", BigDecimal.TEN)))
                        .rank("A", "20.1"))
                .contains(3);
    }

    /** Competition ranks by total descending within the given group, the way SQL RANK() gives them. */
    private static Map<String, Map<String, Integer>> ranks(
            List<Evaluation> evaluations, java.util.function.Function<Evaluation, Optional<String>> group) {
        Map<String, List<Evaluation>> byGroup = new TreeMap<>();
        for (Evaluation e : evaluations) {
            if (e.total().isPresent()) {
                group.apply(e).ifPresent(g -> byGroup.computeIfAbsent(g, k -> new ArrayList<>())
                        .add(e));
            }
        }
        Map<String, Map<String, Integer>> out = new TreeMap<>();
        byGroup.forEach((g, list) -> {
            Map<String, Integer> ranks = new TreeMap<>();
            for (Evaluation e : list) {
                long better = list.stream()
                        .filter(o -> o.total().orElseThrow().compareTo(e.total().orElseThrow()) > 0)
                        .count();
                ranks.put(e.agency(), (int) better + 1);
            }
            out.put(g, ranks);
        });
        return out;
    }

    private static Map<String, Map<String, Integer>> ranks(List<PopulationResult.Ranked> ranked) {
        Map<String, Integer> ranks = new TreeMap<>();
        ranked.stream()
                .sorted(Comparator.comparing(PopulationResult.Ranked::agency))
                .forEach(r -> ranks.put(r.agency(), r.rank()));
        return ranks.isEmpty() ? Map.of() : Map.of("all", ranks);
    }

    /** 40 苏州 agencies with volumes 0–9 (many ties) and random extra deductions, some excluded. */
    private static List<Facts> randomSuzhou() {
        Random random = new Random(20231);
        List<Facts> population = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String more = (random.nextInt(8) == 0 ? "findings: [{rule: E1}]\n" : "")
                    + (random.nextBoolean() ? "honours: [{level: city, cause: 先进" + i + "}]\n" : "");
            population.add(SuzhouSchemeTest.facts("SZ%02d".formatted(i), String.valueOf(random.nextInt(10)), more));
        }
        return population;
    }
}
