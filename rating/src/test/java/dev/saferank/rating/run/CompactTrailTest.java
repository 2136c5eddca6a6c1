package dev.saferank.rating.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.rating.facts.FactProblem;
import dev.saferank.scheme.Evaluation;
import dev.saferank.scheme.FactsLoader;
import dev.saferank.scheme.Scheme;
import dev.saferank.scheme.SchemeLoader;
import dev.saferank.scheme.ScoringEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The stored compact trail answers exactly the full trail ({@link TrailJson#of}, V50's JSON) of the same
 * evaluation, on the seed cities' hand-worked agencies (the fixtures of tenant-config's seed tests), and is
 * a fraction of its size.
 */
class CompactTrailTest {

    static final Scheme QUANZHOU = SchemeLoader.fromClasspath("tenants/quanzhou/quanzhou-2023.yaml");
    static final Scheme FOSHAN = SchemeLoader.fromClasspath("tenants/foshan/foshan-2023.yaml");
    static final Scheme LINYI = SchemeLoader.fromClasspath("tenants/linyi/linyi-2022.yaml");
    static final Scheme SUZHOU = SchemeLoader.fromClasspath("tenants/suzhou/suzhou-2023.yaml");

    /** Stored with the run, read back from its JSON, as the readers do. */
    static TrailTemplate stored(Scheme scheme) {
        return TrailTemplate.parse(TrailTemplate.of(scheme).json());
    }

    static Evaluation eval(Scheme scheme, String facts) {
        return new ScoringEngine(scheme).evaluate(FactsLoader.fromYaml(facts));
    }

    static String roundTrip(Scheme scheme, Evaluation e, List<FactProblem> problems, List<String> sampled) {
        String compact = CompactTrail.of(TrailTemplate.of(scheme), e, problems, sampled);
        assertThat(CompactTrail.isCompact(compact)).isTrue();
        String full = TrailJson.of(e, problems, sampled);
        assertThat(CompactTrail.full(stored(scheme), compact)).isEqualTo(full);
        // as the job stores it (compressed, V112) and every reader decodes it
        assertThat(CompactTrail.full(stored(scheme), StoredTrail.decode(StoredTrail.encode(compact))))
                .isEqualTo(full);
        return compact;
    }

    @Test
    void quanzhouWithDeductionsFloorsHonoursAndPenaltiesReadsBackExactly() {
        // 14.1 ×12 = −24 on a 20-point item: the engine's floor step (扣完即止); honours; interviews; a problem set aside
        Evaluation e = eval(
                QUANZHOU,
                """
                agency: QZ-1
                data: {registeredEngineers: 3, hadBusiness: 1}
                findings: [{rule: '14.1', count: 12}, {rule: '12.1', count: 2}, {rule: '12.2'}]
                honours:
                  - {level: city, cause: 2023年度标准化辅导先进}
                  - {level: national, cause: 2023年度标准化辅导先进}
                sanctions:
                  - {type: interview, level: city}
                  - {type: circular, level: town}
                """);
        String compact = roundTrip(
                QUANZHOU, e, List.of(new FactProblem("findings.99.1", "第 99.1 条不在本年度方案中，\"未计分\"")), List.of());
        String full = TrailJson.of(e, List.of(new FactProblem("findings.99.1", "第 99.1 条不在本年度方案中，\"未计分\"")), List.of());
        assertThat(full).contains("扣完即止");
        assertThat(compact.length()).isLessThan(full.length() / 4);
    }

    @Test
    void quanzhouVetoedExcludedAndCleanAgenciesReadBackExactly() {
        roundTrip(
                QUANZHOU,
                eval(
                        QUANZHOU,
                        "agency: V\ndata: {registeredEngineers: 3, hadBusiness: 1}\n"
                                + "sanctions: [{type: interview, level: city}, {type: interview, level: city}]\n"),
                List.of(),
                List.of());
        roundTrip(
                QUANZHOU,
                eval(QUANZHOU, "agency: X\ndata: {registeredEngineers: 3, hadBusiness: 0}\n"),
                List.of(),
                List.of());
        String clean = roundTrip(
                QUANZHOU,
                eval(QUANZHOU, "agency: C\ndata: {registeredEngineers: 3, hadBusiness: 1}\n"),
                List.of(),
                List.of());
        // nothing moved an item of a clean agency with its engineers: only the totals remain (the computed item 3 too)
        assertThat(clean.length()).isLessThan(700);
    }

    @Test
    void foshanPoolsMeasurementsAndHonoursReadBackExactly() {
        // 佛山 hand-worked case (FoshanSchemeTest): pools floored as a whole, report review and survey measured
        roundTrip(
                FOSHAN,
                eval(
                        FOSHAN,
                        """
                        agency: 91440600MA4FS0003Z
                        category: evaluation
                        district: 顺德区
                        data: {businessInTwoYears: 1}
                        findings:
                          - {rule: '1.1'}
                          - {rule: '3.1', count: 5}
                          - {rule: '4.1', count: 4}
                          - {rule: '6.1', count: 3}
                          - {rule: '9.1'}
                          - {rule: '10.1', count: 2}
                        measurements:
                          reportReview: {values: [80]}
                          survey: {responses: [BBBBBBBBBB]}
                        honours: [{level: county, cause: 顺德区安全生产先进单位}]
                        """),
                List.of(),
                List.of());
    }

    @Test
    void linyiPerEnterpriseStepsReadBackExactly() {
        // 临沂 hand-worked case (LinyiSchemeTest): three sampled enterprises, each item averaged over them
        Evaluation e = eval(
                LINYI,
                """
                agency: 91371300MA3LY0001X
                category: consulting
                district: 兰山区
                data: {officeArea: 180, fullTimeStaff: 12, registeredEngineers: 6, otherIntermediateTitles: 4, technicalStaff: 8}
                sampledEnterprises: [E1, E2, E3]
                findings:
                  - {rule: '3.1', count: 2}
                  - {rule: '4.1'}
                  - {rule: '4.2', count: 4}
                  - {rule: '5.1'}
                  - {rule: '6.3', count: 2}
                  - {rule: '6.5', count: 4}
                  - {rule: '7.2'}
                  - {rule: '10.1', enterprise: E1}
                  - {rule: '12.1', enterprise: E1}
                  - {rule: '15.1', enterprise: E1}
                  - {rule: '12.3', enterprise: E2}
                  - {rule: '12.4', enterprise: E2}
                  - {rule: '14.1', enterprise: E2}
                  - {rule: '18.1', count: 3, enterprise: E2}
                measurements:
                  exam: {values: [78, 85.5, 90, 66.5]}
                  satisfaction: {values: [9, 8.5, 10, 7.5]}
                """);
        roundTrip(LINYI, e, List.of(), List.of("E1", "E2", "E3"));
    }

    @Test
    void suzhouGroupsAndFractionsReadBackExactly() {
        // 苏州 hand-worked case (SuzhouSchemeTest): counts of a whole (6.2 1 of 4), satisfaction by groups
        roundTrip(
                SUZHOU,
                eval(
                        SUZHOU,
                        """
                        agency: 91320500MA1SZ0002Y
                        district: 吴中区
                        data: {officeArea: 90, qualifiedStaff: 6, multiEmployedStaff: 1, businessVolume: 3}
                        findings:
                          - {rule: '3.1', count: 3}
                          - {rule: '4.1'}
                          - {rule: '4.3', count: 2}
                          - {rule: '5.3'}
                          - {rule: '6.1'}
                          - {rule: '6.2', count: 1, of: 4}
                          - {rule: '6.3', count: 2, of: 5}
                          - {rule: '8.1'}
                          - {rule: '8.2'}
                          - {rule: '9.2', count: 3}
                          - {rule: '10.3'}
                          - {rule: '12.4', count: 2}
                          - {rule: '18.2'}
                        measurements:
                          satisfaction: {groups: {county: [8, 9], town: [7], enterprise: [10, 9, 9.5, 6.5]}}
                        """),
                List.of(),
                List.of());
    }

    @Test
    void aTrailTheTemplateDoesNotFitIsKeptInFullAndStillReadsBackExactly() {
        // a 泉州 evaluation stored under 苏州's template: no text, no section fits; written out, read back the same
        Evaluation e = eval(
                QUANZHOU,
                "agency: Q\ndata: {registeredEngineers: 1, hadBusiness: 1}\nfindings: [{rule: '12.1', count: 2}]\n");
        String compact = CompactTrail.of(TrailTemplate.of(SUZHOU), e, List.of(), List.of());
        assertThat(CompactTrail.full(stored(SUZHOU), compact)).isEqualTo(TrailJson.of(e, List.of(), List.of()));
    }

    @Test
    void aFullTrailIsReadAsItIs() {
        String full = TrailJson.incomplete(List.of(new FactProblem("data.x", "尚未填报机构数据")));
        assertThat(CompactTrail.isCompact(full)).isFalse();
        assertThat(CompactTrail.full(stored(QUANZHOU), full)).isSameAs(full);
    }
}
