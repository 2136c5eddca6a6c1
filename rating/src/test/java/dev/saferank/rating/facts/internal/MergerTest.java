package dev.saferank.rating.facts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.rating.facts.AgencyYearFacts;
import dev.saferank.scheme.Scheme;
import dev.saferank.scheme.SchemeLoader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The merge of per-table rows into one agency's facts: the derived agency data (platform-api/README.md,
 * "Agency data of a year") and what is set aside. The rows stand for what the statements return in agency
 * order; the statements themselves are exercised against MariaDB by the apps' integration tests.
 */
class MergerTest {

    static final Scheme LINYI = SchemeLoader.fromClasspath("tenants/linyi/linyi-2022.yaml");
    static final Scheme QUANZHOU = SchemeLoader.fromClasspath("tenants/quanzhou/quanzhou-2023.yaml");

    @Test
    void derivesStaffCountsFromActiveFullTimeStaffAndTheirCertificates() {
        // 临沂 declares fullTimeStaff and registeredEngineers (专职人员中注册安全工程师、安全评价师人数, 一人持两证计一人)
        // agency 7: staff 1 (full-time, 注安 + 评价师: counts once), 2 (full-time, 消防工程师: not an engineer),
        // 3 (part-time, 注安: not 专职), 4 (full-time, none) → fullTime 3, engineers 1
        Sources sources = sources(
                List.of(new Rows.Agency(7, "临沂安科", "evaluation", new BigDecimal("250.00"))),
                List.of(
                        new Rows.Staff(7, 1, true, "h1"),
                        new Rows.Staff(7, 2, true, "h2"),
                        new Rows.Staff(7, 3, false, "h3"),
                        new Rows.Staff(7, 4, true, "h4")),
                List.of(
                        new Rows.Certificate(7, 1, "registeredSafetyEngineer"),
                        new Rows.Certificate(7, 1, "safetyEvaluator"),
                        new Rows.Certificate(7, 2, "registeredFireEngineer"),
                        new Rows.Certificate(7, 3, "registeredSafetyEngineer")),
                List.of(),
                Set.of("h2", "h3"));

        AgencyYearFacts facts = new Merger(FactPlan.of(LINYI, 2022), sources).next();

        Map<String, BigDecimal> data = facts.facts().data();
        assertThat(data.get("officeArea")).isEqualTo(new BigDecimal("250"));
        assertThat(data.get("fullTimeStaff")).isEqualByComparingTo("3");
        assertThat(data.get("registeredEngineers")).isEqualByComparingTo("1");
    }

    @Test
    void businessFlagsComeFromEngagementsOfTheYear() {
        // 泉州 declares hadBusiness: no engagement of 2023 (the row counts those of the year, then all of the
        // period read) → 0 (E1 excludes it)
        Sources sources = sources(
                List.of(new Rows.Agency(9, "泉州安远", "training", null)),
                List.of(),
                List.of(),
                List.of(new Rows.Engagements(9, 0, 0)),
                Set.of());

        AgencyYearFacts facts = new Merger(FactPlan.of(QUANZHOU, 2023), sources).next();

        assertThat(facts.facts().data().get("hadBusiness")).isEqualByComparingTo("0");
    }

    @Test
    void businessInTwoYearsCountsTheEngagementsOfThePreviousYearToo() {
        // 佛山 declares businessInTwoYears (E1: 连续两年无业务): two engagements of 2022, none of 2023 → 1
        Scheme foshan = SchemeLoader.fromClasspath("tenants/foshan/foshan-2023.yaml");
        Sources sources = sources(
                List.of(new Rows.Agency(9, "佛山安远", "evaluation", null)),
                List.of(),
                List.of(),
                List.of(new Rows.Engagements(9, 0, 2)),
                Set.of());

        AgencyYearFacts facts = new Merger(FactPlan.of(foshan, 2023), sources).next();

        assertThat(facts.facts().data().get("businessInTwoYears")).isEqualByComparingTo("1");
    }

    @Test
    void anUnregisteredOfficeAreaIsMissingNotZero() {
        Sources sources = sources(
                List.of(new Rows.Agency(5, "临沂", "evaluation", null)), List.of(), List.of(), List.of(), Set.of());

        AgencyYearFacts facts = new Merger(FactPlan.of(LINYI, 2022), sources).next();

        assertThat(facts.facts().data()).doesNotContainKey("officeArea");
    }

    @Test
    void findingsOfRulesTheSchemeDoesNotKnowAreSetAsideAndListed() {
        Sources sources = new Sources(
                RowSource.of(List.of(new Rows.Agency(3, "泉州安泰", "evaluation", null))),
                RowSource.none(),
                RowSource.none(),
                RowSource.none(),
                RowSource.none(),
                RowSource.none(),
                RowSource.of(List.of(
                        new Rows.Finding(3, "14.5a", 2, null, null, null),
                        new Rows.Finding(3, "99.9", 1, null, null, null))),
                RowSource.none(),
                RowSource.none(),
                RowSource.none(),
                RowSource.none(),
                Map.of(),
                Set.of());

        AgencyYearFacts facts = new Merger(FactPlan.of(QUANZHOU, 2023), sources).next();

        assertThat(facts.facts().findings()).extracting(f -> f.rule()).containsExactly("14.5a");
        assertThat(facts.setAside())
                .extracting(p -> p.message())
                .singleElement()
                .asString()
                .contains("99.9", "未计入");
    }

    private static Sources sources(
            List<Rows.Agency> agencies,
            List<Rows.Staff> staff,
            List<Rows.Certificate> certificates,
            List<Rows.Engagements> engagements,
            Set<String> multiEmployed) {
        return new Sources(
                RowSource.of(agencies),
                RowSource.none(),
                RowSource.of(staff),
                RowSource.of(certificates),
                RowSource.of(engagements),
                RowSource.none(),
                RowSource.none(),
                RowSource.none(),
                RowSource.none(),
                RowSource.none(),
                RowSource.none(),
                Map.of(),
                multiEmployed);
    }
}
