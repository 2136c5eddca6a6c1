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

/** Bounds and order independence on the synthetic scheme: pools, per-enterprise averages, measurements. */
class SyntheticSchemeProperties {
    static final List<String> ENTERPRISES = List.of("E1", "E2", "E3");

    @Provide
    Arbitrary<Facts> agencies() {
        Arbitrary<Facts.Finding> plain = Combinators.combine(
                        Arbitraries.of("1.1", "2.1", "8.1", "12.1"),
                        Arbitraries.integers().between(1, 9))
                .as(Facts.Finding::of);
        Arbitrary<Facts.Finding> atEnterprise = Combinators.combine(
                        Arbitraries.of("3.1", "3.2"), Arbitraries.integers().between(1, 4), Arbitraries.of(ENTERPRISES))
                .as((r, n, e) -> new Facts.Finding(r, n, Optional.empty(), Optional.of(e)));
        Arbitrary<BigDecimal> score = Arbitraries.bigDecimals()
                .between(BigDecimal.ZERO, BigDecimal.valueOf(100))
                .ofScale(1);
        Arbitrary<BigDecimal> tenth = Arbitraries.bigDecimals()
                .between(BigDecimal.ZERO, BigDecimal.TEN)
                .ofScale(1);
        Arbitrary<String> response = Arbitraries.strings().withChars("ABC").ofLength(3);
        return Combinators.combine(
                        plain.list().ofMaxSize(12),
                        atEnterprise.list().ofMaxSize(8),
                        score.list().ofMinSize(2).ofMaxSize(6),
                        tenth.list().ofMinSize(1).ofMaxSize(4),
                        response.list().ofMinSize(1).ofMaxSize(5),
                        Arbitraries.integers().between(0, 300))
                .as((p, e, exam, sat, survey, area) -> {
                    List<Facts.Finding> findings = new ArrayList<>(p);
                    findings.addAll(e);
                    return new Facts(
                            "S",
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty(),
                            Map.of(
                                    "officeArea", BigDecimal.valueOf(area),
                                    "businessVolume", BigDecimal.ONE,
                                    "hadBusiness", BigDecimal.ONE,
                                    "technicalStaff", BigDecimal.TWO),
                            ENTERPRISES,
                            findings,
                            Map.of(
                                    "exam", new Facts.Measurement(exam, Map.of(), List.of()),
                                    "satisfaction",
                                            new Facts.Measurement(
                                                    List.of(), Map.of("county", sat, "town", sat), List.of()),
                                    "survey", new Facts.Measurement(List.of(), Map.of(), survey)),
                            List.of(),
                            List.of(),
                            List.of());
                });
    }

    @Property(tries = 300)
    void sectionsAndItemsStayWithinTheirBounds(@ForAll("agencies") Facts f) {
        Evaluation e = TestCity.ENGINE.evaluate(f);
        e.sections().forEach(s -> assertThat(s.points()).as(s.title()).isBetween(BigDecimal.ZERO, s.max()));
        e.sections().stream()
                .filter(s -> !s.title().equals("服务规范"))
                .flatMap(s -> s.items().stream())
                .forEach(i -> assertThat(i.points())
                        .as(i.number())
                        .isBetween(BigDecimal.ZERO, i.max().orElseThrow()));
        assertThat(e.total().orElseThrow()).isLessThanOrEqualTo(BigDecimal.valueOf(110));
    }

    @Property(tries = 200)
    void theOrderOfFindingsDoesNotMatter(@ForAll("agencies") Facts f, @ForAll long seed) {
        List<Facts.Finding> shuffled = new ArrayList<>(f.findings());
        Collections.shuffle(shuffled, new Random(seed));
        assertThat(TestCity.ENGINE.evaluate(f.withFindings(shuffled)).rawTotal())
                .isEqualByComparingTo(TestCity.ENGINE.evaluate(f).rawTotal());
    }

    @Property(tries = 200)
    void anExtraFindingAtAnEnterpriseNeverRaisesTheScore(
            @ForAll("agencies") Facts f, @ForAll("enterprises") String enterprise) {
        List<Facts.Finding> more = new ArrayList<>(f.findings());
        more.add(new Facts.Finding("3.1", 1, Optional.empty(), Optional.of(enterprise)));
        assertThat(TestCity.ENGINE.evaluate(f.withFindings(more)).rawTotal())
                .isLessThanOrEqualTo(TestCity.ENGINE.evaluate(f).rawTotal());
    }

    @Provide
    Arbitrary<String> enterprises() {
        return Arbitraries.of(ENTERPRISES);
    }
}
