package dev.saferank.batch.rating;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.batch.rating.internal.EngineAgreement;
import dev.saferank.batch.rating.internal.RatingLauncher;
import dev.saferank.rating.run.RatingRun;
import dev.saferank.rating.run.RatingRuns;
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
    RatingRuns runs;

    @Autowired
    RatingLauncher launcher;

    @Autowired
    ApplicationContext context;

    @Test
    void averagesTheWorkRecordOverEveryEnterpriseSampledOnSiteCleanOnesIncluded() throws Exception {
        var data = new RatingData(jdbc, "ly").scheme("linyi/linyi-2022.yaml", 2022);
        // seed 001 工作实绩: 随机抽取…到企业现场进行考评打分，取平均值 — every sampled enterprise counts
        // L1: 基础管理 20, 报告评查 20; two enterprises sampled: at the first 12.1 −2 and 15.1 ×1 −2 → 26, the
        //     second clean → 30; average (26 + 30) / 2 = 28; exam (80 + 90) / 2 = 85 → 17; 评议表 (9 + 10) / 2
        //     = 9.5 → 20 + 20 + 28 + 17 + 9.5 = 94.50 优秀
        long l1 = agency(data, "临沂安科技术服务有限公司");
        long checked = data.engagement(l1, LocalDate.of(2022, 3, 1));
        long clean = data.engagement(l1, LocalDate.of(2022, 4, 1));
        data.engagement(l1, LocalDate.of(2022, 5, 1)); // served, not sampled: does not count
        data.sampled(l1, 2022, checked);
        data.sampled(l1, 2022, clean);
        data.finding(l1, 2022, "12.1", 1, "confirmed", String.valueOf(checked));
        data.finding(l1, 2022, "15.1", 1, "confirmed", String.valueOf(checked));
        measured(data, l1, List.of("80", "90"), List.of("9", "10"));
        // L2: 3.1 ×2 → item 3: 2 → 基础管理 18; one enterprise sampled, nothing found there → 30; exam 70, 70
        //     → 14; 评议表 8 → 18 + 20 + 30 + 14 + 8 = 90.00 优秀
        long l2 = agency(data, "临沂安达评价有限公司");
        long l2Sampled = data.engagement(l2, LocalDate.of(2022, 2, 1));
        data.engagement(l2, LocalDate.of(2022, 5, 1));
        data.sampled(l2, 2022, l2Sampled);
        data.finding(l2, 2022, "3.1", 2, "confirmed");
        measured(data, l2, List.of("70", "70"), List.of("8"));
        // L3: the number of technical staff (the base of the 50 % exam sample) was never entered
        long l3 = data.agency("临沂安泰培训中心", "training");
        data.officeArea(l3, "250");
        long l3Sampled = data.engagement(l3, LocalDate.of(2022, 6, 1));
        data.sampled(l3, 2022, l3Sampled);
        measured(data, l3, List.of("80", "80"), List.of("9"));
        // L4: complete otherwise, but no enterprise was sampled for it: the work record cannot be scored
        long l4 = agency(data, "临沂安宁咨询有限公司");
        data.engagement(l4, LocalDate.of(2022, 6, 1));
        measured(data, l4, List.of("80", "80"), List.of("9"));

        var runner = new RatingRunner(runs, launcher);
        RatingRun run = runner.rate(data.tenant, 2022);

        Results r = Results.of(jdbc, data.tenant, run.id());
        assertThat(r.of(l1).total()).isEqualByComparingTo("94.50");
        assertThat(r.of(l1).grade()).isEqualTo("优秀");
        assertThat(r.of(l1).trail()).contains("\"sampledEnterprises\":[\"" + checked + "\",\"" + clean + "\"]");
        assertThat(r.of(l2).total()).isEqualByComparingTo("90.00");
        assertThat(r.of(l2).trail()).contains("\"sampledEnterprises\":[\"" + l2Sampled + "\"]");
        assertThat(r.of(l1).overallRank()).isEqualTo(1);
        assertThat(r.of(l2).overallRank()).isEqualTo(2);
        assertThat(r.of(l3).total()).isNull();
        assertThat(r.of(l3).trail()).contains("technicalStaff", "尚未填报机构数据");
        assertThat(r.of(l4).total()).isNull();
        assertThat(r.of(l4).trail()).contains("sampledEnterprises");
        EngineAgreement.assertRunEqualsEvaluatePopulation(context, data.tenant, run.id(), l3, l4);

        // the same facts rated again give the same results: same checksum
        RatingRun again = runner.rate(data.tenant, 2022);
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
