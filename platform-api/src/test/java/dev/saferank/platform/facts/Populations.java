package dev.saferank.platform.facts;

import java.time.LocalDate;

/**
 * The hand-worked populations of three seed cities, recorded the same way by PreviewJobWhatIfAgreementIT (rated
 * once) and AllTogetherIT (rated, objected to and re-rated, on one node and on a cluster), so that the arithmetic
 * below holds for both. Each takes the agencies' names in the order they are recorded.
 */
public final class Populations {

    /** 泉州's five agencies, and A's 12.1 finding (the one an objection has withdrawn). */
    public record Quanzhou(long a, long b, long c, long d, long e, String aFinding) {}

    /** 临沂's four agencies, and B's 3.1 finding. */
    public record Linyi(long a, long b, long c, long d, String bFinding) {}

    /** 苏州's three agencies, and B's 3.1 finding. */
    public record Suzhou(long a, long b, long c, String bFinding) {}

    private Populations() {}

    /**
     * 泉州 (诚信考评表, 附件5): items 1–20 = 100; 3: "少1人扣6分" below 3 registered engineers; 12.1 −2 each (item 6);
     * 13.1 −1 each; 14.5a −0.5 each "扣满2分为止"; 21 表彰 省级 +5 (加分 ≤ 10); 22 县级约谈 −8; "市级以上通报批评, 直接评定为
     * 不合格" (V2); "全年未开展业务的服务机构不参与考评和排名" (E1); one decimal.
     */
    public static Quanzhou quanzhou(FactRecorder r, String... names) {
        // A: 14.5a ×5 = 2.5 → capped 2; 12.1 ×1 −2; 省级表彰 +5 → 100 − 2 − 2 + 5 = 101.0 优秀
        long a = quanzhouAgency(r, names[0], 3);
        r.finding(a, "14.5a", 5);
        String aFinding = r.finding(a, "12.1", 1);
        r.honour(a, "province", "安全生产先进单位");
        // B: 2 engineers → item 3: 18 − 6 × (3 − 2) = 12; 县级约谈 −8 → 100 − 6 − 8 = 86.0 良好
        long b = quanzhouAgency(r, names[1], 2);
        r.sanction(b, "interview", "county");
        // C: 省级通报批评: no points (22.3 names city, county, town) but V2 → 100.0 不合格, ranked last
        long c = quanzhouAgency(r, names[2], 3);
        r.sanction(c, "circular", "province");
        // D: its only engagement is of the year before → hadBusiness 0 → E1, no total
        long d = r.agency(names[3], "evaluation", null);
        r.staff(d, 3, "registeredSafetyEngineer");
        r.engagement(d, LocalDate.of(r.year() - 1, 11, 30));
        // E: 13.1 ×2 → 6 − 2 = 4 → 98.0 优秀; a 省级约谈 is kept on record but scores nothing (listed)
        long e = quanzhouAgency(r, names[4], 3);
        r.finding(e, "13.1", 2);
        r.sanction(e, "interview", "province");
        return new Quanzhou(a, b, c, d, e, aFinding);
    }

    /** A 泉州 agency with {@code engineers} full-time registered safety engineers and business in the year. */
    private static long quanzhouAgency(FactRecorder r, String name, int engineers) {
        long id = r.agency(name, "evaluation", null);
        r.staff(id, engineers, "registeredSafetyEngineer");
        r.engagement(id);
        return id;
    }

    /**
     * 临沂 (分类等级管理检查表, 附件1): 基础管理 20 (1: office ≥ 200 ㎡ keeps 4; 2: 10 full-time, 8 注安/评价师, 5 other
     * titles keep 4; 3.1 "少一项扣 1分"), 报告评查 20, 工作实绩 30 scored at each sampled enterprise and averaged
     * ("随机抽取…到企业现场进行考评打分，取平均值"; 12.1 −2, 15.1 −2 per place), 19 抽考: mean × 20 / 100 of at least
     * half the technical staff (4 → 2 scores), 20 评议表: mean; V3 "出具虚假报告" → 差; two decimals.
     */
    public static Linyi linyi(FactRecorder r, String... names) {
        // A: two enterprises sampled: the first 12.1 + 15.1 → 30 − 4 = 26, the second clean → 30: (26 + 30) / 2 = 28;
        //    exam (80 + 90) / 2 = 85 → 17; 评议 (9 + 10) / 2 = 9.5 → 20 + 20 + 28 + 17 + 9.5 = 94.50 优秀
        long a = linyiAgency(r, names[0]);
        long checked = r.engagement(a);
        long clean = r.engagement(a);
        r.sampled(a, checked);
        r.sampled(a, clean);
        r.finding(a, "12.1", 1, checked);
        r.finding(a, "15.1", 1, checked);
        r.exams(a, "80", "90");
        r.satisfaction(a, null, "9", "10");
        // B: 3.1 ×2 → item 3: 2 → 基础管理 18; one clean sample → 30; exam 70, 70 → 14; 评议 8
        //    → 18 + 20 + 30 + 14 + 8 = 90.00 优秀
        long b = linyiAgency(r, names[1]);
        r.sampled(b, r.engagement(b));
        String bFinding = r.finding(b, "3.1", 2);
        r.exams(b, "70", "70");
        r.satisfaction(b, null, "8");
        // C: V3 (出具虚假报告) → 差 whatever its 20 + 20 + 30 + 20 + 10 = 100.00; ranked below every other
        long c = linyiAgency(r, names[2]);
        r.sampled(c, r.engagement(c));
        r.finding(c, "V3", 1);
        r.exams(c, "100", "100");
        r.satisfaction(c, null, "10");
        // D: no enterprise sampled for it: its 工作实绩 cannot be scored, no total, and the trail says why
        long d = linyiAgency(r, names[3]);
        r.engagement(d);
        r.exams(d, "80", "80");
        r.satisfaction(d, null, "9");
        return new Linyi(a, b, c, d, bFinding);
    }

    /** 临沂: office 250 ㎡, 10 full-time staff of whom 8 注安, 5 other titles and 4 technical staff entered. */
    private static long linyiAgency(FactRecorder r, String name) {
        long id = r.agency(name, "evaluation", "250");
        r.staff(id, 8, "registeredSafetyEngineer");
        r.staff(id, 2, null);
        r.data(id, "otherIntermediateTitles", "5");
        r.data(id, "technicalStaff", "4");
        return id;
    }

    /**
     * 苏州 (星级评定, 附录A): 基础管理 20 (1: office ≥ 100 ㎡; 2: ≥ 5 qualified staff, no 挂靠; 3.1 −0.5 each), 服务质量
     * 60, 18 = 10, 19 = mean of the three evaluator groups' means; 20.1 "按业务量进行排名，第1-2名加5分，第3-4名加4分"
     * over the year's population; 7.6.2 不予评级 (V1); bands 五星 ≥ 90; two decimals.
     */
    public static Suzhou suzhou(FactRecorder r, String... names) {
        // A: 3 engagements (rank 1 → +5); 评议 9 in each group → 19 = 9 → 20 + 60 + 19 + 5 = 104.00 五星
        long a = suzhouAgency(r, names[0], 3);
        // B: 1 engagement (rank 3 → +4); 3.1 ×2 → −1 → 19 + 60 + 19 + 4 = 102.00 五星
        long b = suzhouAgency(r, names[1], 1);
        String bFinding = r.finding(b, "3.1", 2);
        // C: 2 engagements (rank 2 → +5): 104.00 by points, V1 → 不予评定星级, ranked below every other
        long c = suzhouAgency(r, names[2], 2);
        r.finding(c, "V1", 1);
        return new Suzhou(a, b, c, bFinding);
    }

    /** 苏州: office 150 ㎡, 5 qualified staff, {@code engagements} services in the year, 评议 9 by each group. */
    private static long suzhouAgency(FactRecorder r, String name, int engagements) {
        long id = r.agency(name, "evaluation", "150");
        r.staff(id, 5, "registeredSafetyEngineer");
        for (int i = 0; i < engagements; i++) {
            r.engagement(id);
        }
        r.satisfaction(id, "county", "9");
        r.satisfaction(id, "town", "9");
        r.satisfaction(id, "enterprise", "9");
        return id;
    }
}
