package dev.saferank.scheme;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of the engine over random 泉州 agencies (the richest shipped scheme). */
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

    @Provide
    Arbitrary<Facts> agencies() {
        Arbitrary<Facts.Finding> finding = Combinators.combine(
                        Arbitraries.of(FINDING_RULES), Arbitraries.integers().between(1, 12))
                .as(Facts.Finding::of);
        Arbitrary<Facts.Honour> honour = Combinators.combine(
                        Arbitraries.of(Level.class), Arbitraries.of("a", "b", "c", "d"))
                .as(Facts.Honour::new);
        Arbitrary<Facts.Sanction> sanction = Combinators.combine(
                        Arbitraries.of(SanctionType.class), Arbitraries.of(Level.class))
                .as((t, l) -> new Facts.Sanction(t, Optional.of(l)));
        return Combinators.combine(
                        Arbitraries.integers().between(0, 6),
                        finding.list().ofMaxSize(60),
                        honour.list().ofMaxSize(5),
                        sanction.list().ofMaxSize(3))
                .as((engineers, findings, honours, sanctions) -> new Facts(
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
                        List.of()));
    }

    @Property(tries = 300)
    void aScoreNeverExceedsTheTotalPlusTheBonusCap(@ForAll("agencies") Facts f) {
        Evaluation e = ENGINE.evaluate(f);
        assertThat(e.total().orElseThrow()).isLessThanOrEqualTo(CEILING);
        assertThat(e.bonus().orElseThrow().points())
                .isLessThanOrEqualTo(SCHEME.bonus().orElseThrow().cap());
    }

    @Property(tries = 300)
    void everyItemStaysWithinItsBounds(@ForAll("agencies") Facts f) {
        Evaluation e = ENGINE.evaluate(f);
        e.sections().stream().flatMap(s -> s.items().stream()).forEach(i -> assertThat(i.points())
                .as("item " + i.number())
                .isBetween(BigDecimal.ZERO, i.max().orElseThrow()));
        e.bonus().orElseThrow().items().forEach(i -> assertThat(i.points())
                .isBetween(BigDecimal.ZERO, i.max().orElseThrow()));
        e.penalties().orElseThrow().items().forEach(i -> assertThat(i.points()).isNotNegative());
    }

    @Property(tries = 300)
    void anExtraDeductionFindingNeverRaisesAScore(
            @ForAll("agencies") Facts f, @ForAll("findingRules") String rule, @ForAll("counts") int count) {
        Evaluation before = ENGINE.evaluate(f);
        List<Facts.Finding> more = new ArrayList<>(f.findings());
        more.add(Facts.Finding.of(rule, count));
        Evaluation after = ENGINE.evaluate(f.withFindings(more));
        assertThat(after.rawTotal()).isLessThanOrEqualTo(before.rawTotal());
        assertThat(after.total().orElseThrow())
                .isLessThanOrEqualTo(before.total().orElseThrow());
    }

    @Property(tries = 200)
    void theOrderOfTheFactsDoesNotMatter(@ForAll("agencies") Facts f, @ForAll long seed) {
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

    @Property(tries = 200)
    void theTotalIsRoundedOnceToTheStatedScale(@ForAll("agencies") Facts f) {
        Evaluation e = ENGINE.evaluate(f);
        Rounding r = SCHEME.rounding().orElseThrow();
        assertThat(e.total().orElseThrow()).isEqualTo(r.apply(e.rawTotal()));
    }

    @Property(tries = 200)
    void theTrailExplainsEveryItemsPoints(@ForAll("agencies") Facts f) {
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

    @Provide
    Arbitrary<String> findingRules() {
        return Arbitraries.of(FINDING_RULES.stream()
                .filter(c -> SCHEME.sections().stream()
                        .flatMap(s -> s.items().stream())
                        .anyMatch(i -> i.rules().stream().anyMatch(r -> r.code().equals(c))))
                .toList());
    }

    @Provide
    Arbitrary<Integer> counts() {
        return Arbitraries.integers().between(1, 20);
    }
}
