package dev.saferank.platform.web;

import dev.saferank.platform.TestData;
import dev.saferank.platform.rating.RatingRows;
import dev.saferank.platform.scheme.Schemes;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the browser tests of a rating's consequences read (issue 17 point 4), each city in a year of its own, as the
 * publication job leaves a publication:
 *
 * <ul>
 *   <li>临沂 {@link #LINYI_YEAR}: four agencies under linyi-2022.yaml's lists. 四（三）"最终评定为一般等级以上的……名单……予以
 *       公布": 良好 85.00 and 一般 70.00 (70 is not below 70) on {@code published}, public. 五、结果运用 "对评估 70 分以下……约谈主要
 *       负责人，予以警告并责令限期停业整改": 69.99 (差) on {@code interview}. 六（三）"分类等级评定差的的机构不得开展行政许可……": 69.99
 *       and 88.00 vetoed to 差 on {@code restricted}. Both lists are the bureau's ({@code public: false}), and neither 差
 *       agency is public.
 *   <li>佛山 {@link #FOSHAN_YEAR}: two 标杆机构 (95.0 and 93.0 优秀, list {@code benchmark}) published on 25 October; the
 *       test records a 立案处罚 after it, and confirming the proposal revokes the title (四（二）"评定年度内发现违法违规行为的，
 *       一律取消标杆机构称号，一年内不再作为标杆机构候选单位") and bars the agency from {@link #FOSHAN_YEAR} + 1 (E3).
 * </ul>
 */
final class ConsequencesE2eRows {

    static final int LINYI_YEAR = 2007;
    static final int FOSHAN_YEAR = 2006;
    static final int FOSHAN_FINDING_YEAR = 2083;

    static final String LINYI_LISTS = "[{\"code\":\"published\",\"title\":\"一般等级以上的安全生产技术服务机构名单\","
            + "\"wording\":\"最终评定为一般等级以上的安全生产技术服务机构名单将在市应急管理局门户网站及其他媒体予以公布\",\"public\":true,"
            + "\"validMonths\":null},{\"code\":\"interview\",\"title\":\"70分以下约谈整改机构（不公布）\",\"wording\":\"对评估 70"
            + " 分以下或服务质量较差、反映意见较多的安全生产技术服务机构，约谈主要负责人，予以警告并责令限期停业整改。\",\"public\":false,"
            + "\"validMonths\":null},{\"code\":\"restricted\",\"title\":\"分类等级评定为差的机构（不得开展行政许可、三同时审查、标准化评审、"
            + "双体系建设、全要素评价及企业诊断性检查等工作）\",\"wording\":\"分类等级评定差的的机构不得开展行政许可、三同时审查、标准化评审、双体系建设、"
            + "全要素评价及企业诊断性检查等工作\",\"public\":false,\"validMonths\":null}]";

    static final String FOSHAN_LISTS = "[{\"code\":\"benchmark\",\"title\":\"佛山市安全生产技术服务标杆机构\","
            + "\"wording\":\"综合考评排名前15名作为安全生产技术服务标杆机构；被评定的标杆机构有效期为1年\",\"public\":true,"
            + "\"validMonths\":12}]";

    private final JdbcTemplate jdbc;
    private final TestData data;
    private final RatingRows ratings;

    ConsequencesE2eRows(JdbcTemplate jdbc, Schemes schemes) {
        this.jdbc = jdbc;
        this.data = new TestData(jdbc, schemes);
        this.ratings = new RatingRows(jdbc);
    }

    Map<String, String> seed() {
        String mark = Long.toString(System.nanoTime() % 100_000);
        Map<String, String> env = new LinkedHashMap<>();
        env.putAll(linyi(mark));
        env.putAll(foshan(mark));
        env.putAll(foshanFinding(mark));
        return env;
    }

    private Map<String, String> linyi(String mark) {
        String tenant = "linyi";
        data.activeSeedSchemeFor(tenant, "tenants/linyi/linyi-2022.yaml", LINYI_YEAR);
        long run = ratings.completedRun(tenant, LINYI_YEAR, "网页端到端测试（临沂名单）");
        long publication = E2eRows.publishedPublication(
                jdbc,
                tenant,
                LINYI_YEAR,
                run,
                nextSeq(tenant, LINYI_YEAR),
                "临沂市应急管理局",
                LINYI_LISTS,
                Instant.parse("2026-09-01T02:00:00Z"));
        String good = "临沂良好评价有限公司" + mark;
        String general = "临沂一般检测有限公司" + mark;
        String below = "临沂约谈整改咨询有限公司" + mark;
        String vetoed = "临沂否决为差评价有限公司" + mark;
        entry(tenant, publication, good, "85.00", "良好", 1, "published", true);
        entry(tenant, publication, vetoed, "88.00", "差", 2, "restricted", false);
        entry(tenant, publication, general, "70.00", "一般", 3, "published", true);
        entry(tenant, publication, below, "69.99", "差", 4, "interview,restricted", false);
        return Map.of(
                "E2E_LINYI_LISTS_YEAR", Integer.toString(LINYI_YEAR),
                "E2E_LINYI_LISTS_PUBLICATION", Long.toString(publication),
                "E2E_LINYI_GOOD", good,
                "E2E_LINYI_GENERAL", general,
                "E2E_LINYI_BELOW", below,
                "E2E_LINYI_VETOED", vetoed);
    }

    private Map<String, String> foshan(String mark) {
        String tenant = "foshan";
        // the bar falls on the next year: its scheme names the exclusion E3
        data.activeSeedSchemeFor(tenant, "tenants/foshan/foshan-2023.yaml", FOSHAN_YEAR);
        data.activeSeedSchemeFor(tenant, "tenants/foshan/foshan-2023.yaml", FOSHAN_YEAR + 1);
        long run = ratings.completedRun(tenant, FOSHAN_YEAR, "网页端到端测试（佛山标杆）");
        long publication = E2eRows.publishedPublication(
                jdbc,
                tenant,
                FOSHAN_YEAR,
                run,
                nextSeq(tenant, FOSHAN_YEAR),
                "佛山市应急管理局",
                FOSHAN_LISTS,
                Instant.parse(FOSHAN_YEAR + "-10-25T02:00:00Z"));
        String revoked = "佛山标杆撤销评价有限公司" + mark;
        String kept = "佛山标杆保留检测有限公司" + mark;
        entry(tenant, publication, revoked, "95.0", "优秀", 1, "benchmark", true);
        entry(tenant, publication, kept, "93.0", "优秀", 2, "benchmark", true);
        return Map.of(
                "E2E_FOSHAN_BAR_YEAR",
                Integer.toString(FOSHAN_YEAR),
                "E2E_FOSHAN_BAR_PUBLICATION",
                Long.toString(publication),
                "E2E_FOSHAN_REVOKED",
                revoked,
                "E2E_FOSHAN_KEPT",
                kept);
    }

    /**
     * 佛山 第9项 "检查发现符合办法规定，为其记录“不良信息”的。不良信息一次扣10分": a 不良信息 is a finding under 9.1. One 标杆机构
     * published on 25 October 2026 in {@link #FOSHAN_FINDING_YEAR} with a confirmed 9.1 finding observed on 10 November
     * 2026 (after it): the reviews page proposes revoking the title from the finding, and confirming bars
     * {@link #FOSHAN_FINDING_YEAR} + 1 (E3).
     */
    private Map<String, String> foshanFinding(String mark) {
        String tenant = "foshan";
        data.activeSeedSchemeFor(tenant, "tenants/foshan/foshan-2023.yaml", FOSHAN_FINDING_YEAR);
        data.activeSeedSchemeFor(tenant, "tenants/foshan/foshan-2023.yaml", FOSHAN_FINDING_YEAR + 1);
        long run = ratings.completedRun(tenant, FOSHAN_FINDING_YEAR, "网页端到端测试（佛山不良信息）");
        long publication = E2eRows.publishedPublication(
                jdbc,
                tenant,
                FOSHAN_FINDING_YEAR,
                run,
                nextSeq(tenant, FOSHAN_FINDING_YEAR),
                "佛山市应急管理局",
                FOSHAN_LISTS,
                Instant.parse("2026-10-25T02:00:00Z"));
        String name = "佛山不良信息标杆咨询有限公司" + mark;
        long agency = entry(tenant, publication, name, "94.0", "优秀", 1, "benchmark", true);
        String evidence = "报告数据造假，记录不良信息" + mark;
        jdbc.update(
                "INSERT INTO finding (tenant_id, agency_id, year, kind, rule_code, count, evidence, source, observed_on,"
                        + " status, recorded_by, confirmed_by) VALUES (?, ?, 2026, 'rule', '9.1', 1, ?,"
                        + " 'routineInspection', '2026-11-10', 'confirmed', 'foshan-inspector', 'foshan-admin')",
                tenant,
                agency,
                evidence);
        return Map.of(
                "E2E_FOSHAN_FINDING_YEAR", Integer.toString(FOSHAN_FINDING_YEAR),
                "E2E_FOSHAN_FINDING_AGENCY", name,
                "E2E_FOSHAN_FINDING_EVIDENCE", evidence);
    }

    private int nextSeq(String tenant, int year) {
        return jdbc.queryForObject(
                "SELECT COALESCE(MAX(seq), 0) + 1 FROM publication WHERE tenant_id = ? AND year = ?",
                Integer.class,
                tenant,
                year);
    }

    private long entry(
            String tenant,
            long publication,
            String name,
            String total,
            String grade,
            int rank,
            String lists,
            boolean isPublic) {
        long agency = data.agency(tenant, name, "evaluation");
        jdbc.update(
                "INSERT INTO publication_entry (tenant_id, publication_id, agency_id, agency_name, category, district,"
                        + " total, grade, published_grade, overall_rank, lists, public, note)"
                        + " VALUES (?, ?, ?, ?, 'evaluation', NULL, ?, ?, ?, ?, ?, ?, NULL)",
                tenant,
                publication,
                agency,
                name,
                new BigDecimal(total),
                grade,
                grade,
                rank,
                lists,
                isPublic);
        return agency;
    }
}
