package dev.saferank.batch.rating;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.batch.rating.internal.EngineAgreement;
import dev.saferank.batch.rating.internal.RatingLauncher;
import dev.saferank.batch.rating.internal.RatingRuns;
import dev.saferank.batch.rating.internal.Run;
import dev.saferank.servers.spring.RealServersInitializer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * 临沂 2022 (分类等级管理检查表, linyi-2022.yaml) end to end, with the enterprises checked on site: 工作实绩 (30) is
 * scored at the sampled enterprises and averaged. Worked by hand from the seed: 基础管理 20 (1: office
 * ≥ 200 ㎡ keeps 4; 2: ≥ 10 full-time, ≥ 8 注安/评价师, ≥ 5 other titles keeps 4; 3.1 −1 per missing rule),
 * 报告评查 20, 工作实绩 30 (12.1 −2, 15.1 −2 per place), 19 抽考 = mean exam × 20 / 100 (at least half the
 * technical staff), 20 评议表 = mean; 优秀 ≥ 90; two decimals.
 */
@SpringBootTest
@ContextConfiguration(initializers = RealServersInitializer.class)
class LinyiRatingIT {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RatingRequests requests;

    @Autowired
    RatingRuns runs;

    @Autowired
    RatingLauncher launcher;

    @Autowired
    ApplicationContext context;

    @Test
    void scoresTheEnterpriseCheckedOnSiteAndDrawsOneReproduciblyWhenNothingWasFound() throws Exception {
        var data = new RatingData(jdbc, "ly").scheme("linyi/linyi-2022.yaml", 2022);
        // L1: 基础管理 20, 报告评查 20; on site at its second enterprise 12.1 −2 and 15.1 ×1 −2 → 26 (the only one
        //     checked: the findings name it); exam (80 + 90) / 2 = 85 → 17; 评议表 (9 + 10) / 2 = 9.5
        //     → 20 + 20 + 26 + 17 + 9.5 = 92.50 优秀
        long l1 = agency(data, "临沂安科技术服务有限公司");
        data.engagement(l1, LocalDate.of(2022, 3, 1));
        long checked = data.engagement(l1, LocalDate.of(2022, 4, 1));
        data.finding(l1, 2022, "12.1", 1, "confirmed", String.valueOf(checked));
        data.finding(l1, 2022, "15.1", 1, "confirmed", String.valueOf(checked));
        measured(data, l1, List.of("80", "90"), List.of("9", "10"));
        // L2: 3.1 ×2 → item 3: 2 → 基础管理 18; nothing found on site: one of its three enterprises is drawn and
        //     scores 30; exam 70, 70 → 14; 评议表 8 → 18 + 20 + 30 + 14 + 8 = 90.00 优秀
        long l2 = agency(data, "临沂安达评价有限公司");
        var l2Enterprises = List.of(
                data.engagement(l2, LocalDate.of(2022, 2, 1)),
                data.engagement(l2, LocalDate.of(2022, 5, 1)),
                data.engagement(l2, LocalDate.of(2022, 8, 1)));
        data.finding(l2, 2022, "3.1", 2, "confirmed");
        measured(data, l2, List.of("70", "70"), List.of("8"));
        // L3: the number of technical staff (the base of the 50 % exam sample) was never entered
        long l3 = data.agency("临沂安泰培训中心", "training");
        data.officeArea(l3, "250");
        data.engagement(l3, LocalDate.of(2022, 6, 1));
        measured(data, l3, List.of("80", "80"), List.of("9"));

        var runner = new RatingRunner(requests, runs, launcher);
        Run run = runner.rate(data.tenant, 2022);

        Results r = Results.of(jdbc, data.tenant, run.id());
        assertThat(r.of(l1).total()).isEqualByComparingTo("92.50");
        assertThat(r.of(l1).grade()).isEqualTo("优秀");
        assertThat(r.of(l1).trail()).contains("\"sampledEnterprises\":[\"" + checked + "\"]");
        assertThat(r.of(l2).total()).isEqualByComparingTo("90.00");
        String drawn = r.of(l2).trail().replaceAll(".*\"sampledEnterprises\":\\[\"(\\d+)\"].*", "$1");
        assertThat(l2Enterprises).contains(Long.parseLong(drawn));
        assertThat(r.of(l1).overallRank()).isEqualTo(1);
        assertThat(r.of(l2).overallRank()).isEqualTo(2);
        assertThat(r.of(l3).total()).isNull();
        assertThat(r.of(l3).trail()).contains("technicalStaff", "尚未填报机构数据");
        EngineAgreement.assertRunEqualsEvaluatePopulation(context, data.tenant, run.id(), l3);

        // the draw is reproducible: a re-rating of the same facts draws the same enterprise, same checksum
        Run again = runner.rate(data.tenant, 2022);
        assertThat(Results.of(jdbc, data.tenant, again.id()).of(l2).trail())
                .isEqualTo(r.of(l2).trail());
        assertThat(again.checksum()).isEqualTo(run.checksum());
    }

    /** Office 250 ㎡, 10 full-time staff of whom 8 注安, 5 other titles, 4 technical staff entered. */
    static long agency(RatingData data, String name) {
        long id = data.agency(name, "evaluation");
        data.officeArea(id, "250");
        data.staff(id, 8, "registeredSafetyEngineer");
        data.staff(id, 2, "other");
        data.agencyData(id, 2022, "otherIntermediateTitles", "5");
        data.agencyData(id, 2022, "technicalStaff", "4");
        return id;
    }

    static void measured(RatingData data, long agency, List<String> exams, List<String> forms) {
        exams.forEach(v -> data.measurement(agency, 2022, "exam", null, v, null));
        forms.forEach(v -> data.measurement(agency, 2022, "satisfaction", null, v, null));
    }
}
