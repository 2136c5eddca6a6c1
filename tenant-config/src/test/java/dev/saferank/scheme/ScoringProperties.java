package dev.saferank.scheme;

import static dev.saferank.scheme.RandomCases.between;
import static dev.saferank.scheme.RandomCases.cases;
import static dev.saferank.scheme.RandomCases.listOf;
import static dev.saferank.scheme.RandomCases.oneOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the engine over random 泉州 agencies (the richest shipped scheme). Each property runs over its
 * own fixed-seed stream of cases (see {@link RandomCases}); the seed and the number of tries are in its source.
 */
@ExtendWith(RandomCases.Label.class)
class ScoringProperties {
    static final Scheme SCHEME = SchemeLoader.fromClasspath("tenants/quanzhou/quanzhou-2023.yaml");
    static final ScoringEngine ENGINE = new ScoringEngine(SCHEME);
    static final List<String> FINDING_RULES = SCHEME.allItems()
            .flatMap(i -> i.rules().stream())
            .filter(Rule::takesFindings)
            .map(Rule::code)
            .toList();
    static final BigDecimal CEILING =
            SCHEME.total().orElseThrow().add(SCHEME.bonus().orElseThrow().cap());
    /** The finding rules of the scored sections (not of the bonus or penalties). */
    static final List<String> SECTION_FINDING_RULES = FINDING_RULES.stream()
            .filter(c -> SCHEME.sections().stream()
                    .flatMap(s -> s.items().stream())
                    .anyMatch(i -> i.rules().stream().anyMatch(r -> r.code().equals(c))))
            .toList();

    /** A random agency: 0–6 engineers, up to 60 findings, 5 honours and 3 sanctions. */
    static Facts agency(RandomGenerator r) {
        int engineers = between(r, 0, 6);
        List<Facts.Finding> findings =
                listOf(r, 0, 60, g -> Facts.Finding.of(oneOf(g, FINDING_RULES), between(g, 1, 12)));
        List<Facts.Honour> honours =
                listOf(r, 0, 5, g -> new Facts.Honour(oneOf(g, Level.class), oneOf(g, List.of("a", "b", "c", "d"))));
        List<Facts.Sanction> sanctions = listOf(
                r, 0, 3, g -> new Facts.Sanction(oneOf(g, SanctionType.class), Optional.of(oneOf(g, Level.class))));
        return new Facts(
                "P",
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Map.of("registeredEngineers", BigDecimal.valueOf(engineers), "hadBusiness", BigDecimal.ONE),
                List.of(),
                findings,
                Map.of(),
                sanctions,
                honours,
                List.of());
    }

    static Stream<Arguments> aScoreNeverExceedsTheTotalPlusTheBonusCap() {
        return cases(2026_1122_01L, 300, r -> List.of(agency(r)));
    }

    @ParameterizedTest(name = RandomCases.NAME)
    @MethodSource
    void aScoreNeverExceedsTheTotalPlusTheBonusCap(Facts f) {
        Evaluation e = ENGINE.evaluate(f);
        assertThat(e.total().orElseThrow()).isLessThanOrEqualTo(CEILING);
        assertThat(e.bonus().orElseThrow().points())
                .isLessThanOrEqualTo(SCHEME.bonus().orElseThrow().cap());
    }

    static Stream<Arguments> everyItemStaysWithinItsBounds() {
        return cases(2026_1122_02L, 300, r -> List.of(agency(r)));
    }

    @ParameterizedTest(name = RandomCases.NAME)
    @MethodSource
    void everyItemStaysWithinItsBounds(Facts f) {
        Evaluation e = ENGINE.evaluate(f);
        e.sections().stream().flatMap(s -> s.items().stream()).forEach(i -> assertThat(i.points())
                .as("item " + i.number())
                .isBetween(BigDecimal.ZERO, i.max().orElseThrow()));
        e.bonus().orElseThrow().items().forEach(i -> assertThat(i.points())
                .isBetween(BigDecimal.ZERO, i.max().orElseThrow()));
        e.penalties().orElseThrow().items().forEach(i -> assertThat(i.points()).isNotNegative());
    }

    /** An agency, a section finding rule and a count of 1–20. */
    static Stream<Arguments> anExtraDeductionFindingNeverRaisesAScore() {
        return cases(2026_1122_03L, 300, r -> List.of(agency(r), oneOf(r, SECTION_FINDING_RULES), between(r, 1, 20)));
    }

    @ParameterizedTest(name = RandomCases.NAME)
    @MethodSource
    void anExtraDeductionFindingNeverRaisesAScore(Facts f, String rule, int count) {
        Evaluation before = ENGINE.evaluate(f);
        List<Facts.Finding> more = new ArrayList<>(f.findings());
        more.add(Facts.Finding.of(rule, count));
        Evaluation after = ENGINE.evaluate(f.withFindings(more));
        assertThat(after.rawTotal()).isLessThanOrEqualTo(before.rawTotal());
        assertThat(after.total().orElseThrow())
                .isLessThanOrEqualTo(before.total().orElseThrow());
    }

    /** An agency and any long, the seed of the shuffles. */
    static Stream<Arguments> theOrderOfTheFactsDoesNotMatter() {
        return cases(2026_1122_04L, 200, r -> List.of(agency(r), r.nextLong()));
    }

    @ParameterizedTest(name = RandomCases.NAME)
    @MethodSource
    void theOrderOfTheFactsDoesNotMatter(Facts f, long seed) {
        List<Facts.Finding> findings = new ArrayList<>(f.findings());
        List<Facts.Honour> honours = new ArrayList<>(f.honours());
        List<Facts.Sanction> sanctions = new ArrayList<>(f.sanctions());
        Random random = new Random(seed);
        Collections.shuffle(findings, random);
        Collections.shuffle(honours, random);
        Collections.shuffle(sanctions, random);
        Facts shuffled = new Facts(
                f.agency(),
                f.name(),
                f.category(),
                f.district(),
                f.data(),
                f.sampledEnterprises(),
                findings,
                f.measurements(),
                sanctions,
                honours,
                f.checklistAnswers());
        Evaluation a = ENGINE.evaluate(f);
        Evaluation b = ENGINE.evaluate(shuffled);
        assertThat(b.total()).isEqualTo(a.total());
        assertThat(b.grade()).isEqualTo(a.grade());
        assertThat(b.items().map(Evaluation.ItemResult::points).toList())
                .usingElementComparator(BigDecimal::compareTo)
                .isEqualTo(a.items().map(Evaluation.ItemResult::points).toList());
    }

    static Stream<Arguments> theTotalIsRoundedOnceToTheStatedScale() {
        return cases(2026_1122_05L, 200, r -> List.of(agency(r)));
    }

    @ParameterizedTest(name = RandomCases.NAME)
    @MethodSource
    void theTotalIsRoundedOnceToTheStatedScale(Facts f) {
        Evaluation e = ENGINE.evaluate(f);
        Rounding r = SCHEME.rounding().orElseThrow();
        assertThat(e.total().orElseThrow()).isEqualTo(r.apply(e.rawTotal()));
    }

    static Stream<Arguments> theTrailExplainsEveryItemsPoints() {
        return cases(2026_1122_06L, 200, r -> List.of(agency(r)));
    }

    @ParameterizedTest(name = RandomCases.NAME)
    @MethodSource
    void theTrailExplainsEveryItemsPoints(Facts f) {
        // max + Σ signed trail amounts = points, unless a zeroing rule emptied the item
        ENGINE.evaluate(f).sections().stream()
                .flatMap(s -> s.items().stream())
                .filter(i -> i.trail().stream().noneMatch(t -> t.note().equals("item scores 0")))
                .forEach(i -> assertThat(i.trail().stream()
                                .map(Evaluation.TrailEntry::amount)
                                .reduce(i.max().orElseThrow(), BigDecimal::add))
                        .as("item " + i.number())
                        .isEqualByComparingTo(i.points()));
    }
}
