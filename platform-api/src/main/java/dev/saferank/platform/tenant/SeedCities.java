package dev.saferank.platform.tenant;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The five seed cities: names, a few real districts (codes of GB/T 2260), the year of their shipped
 * scheme and the calendar their documents give.
 */
final class SeedCities {

    record SeedCity(String id, String name, int year, List<District> districts, Optional<Campaign> campaign) {}

    static final List<SeedCity> ALL = List.of(
            new SeedCity(
                    "quanzhou",
                    "泉州市应急管理局",
                    2023,
                    districts(
                            "350502 鲤城区",
                            "350503 丰泽区",
                            "350504 洛江区",
                            "350505 泉港区",
                            "350582 晋江市",
                            "350581 石狮市",
                            "350583 南安市",
                            "350521 惠安县",
                            "350524 安溪县",
                            "350525 永春县",
                            "350526 德化县"),
                    // 泉应急〔2023〕64号 四、实施步骤: "自查自改阶段(2023年6月15日—7月14日)", "市县检查抽查阶段(2023 年 7 月 15 日—8 月
                    // 14 日)"; 五（二）"评出服务好的机构10-20家，服务差的机构10家，8月底前在本局官网、当地主流媒体等公布评价结果": the
                    // document gives the rating no start, so the third phase is read as the days between the end of the
                    // inspections and its "8月底前", 8/15–8/31
                    Optional.of(campaign(
                            2023,
                            null,
                            null,
                            LocalDate.of(2023, 6, 15),
                            LocalDate.of(2023, 7, 14),
                            LocalDate.of(2023, 7, 15),
                            LocalDate.of(2023, 8, 14),
                            Campaigns.DEFAULT_NOTICE_DAYS,
                            LocalDate.of(2023, 8, 31),
                            phase(1, "selfCheck", "自查自改", "2023-06-15", "2023-07-14", null),
                            phase(2, "inspection", "检查", "2023-07-15", "2023-08-14", null),
                            phase(3, "rating", "考评公布（8月底前）", "2023-08-15", "2023-08-31", null)))),
            new SeedCity(
                    "linyi",
                    "临沂市应急管理局",
                    2022,
                    districts(
                            "371302 兰山区",
                            "371311 罗庄区",
                            "371312 河东区",
                            "371321 沂南县",
                            "371322 郯城县",
                            "371323 沂水县",
                            "371324 兰陵县",
                            "371325 费县",
                            "371326 平邑县",
                            "371327 莒南县",
                            "371328 蒙阴县",
                            "371329 临沭县"),
                    // 临应急发〔2022〕40号 四、时间安排: 自查自评 4/10–4/25 (材料于4月25日前报市局), 检查评估
                    // 4/25–7/15, 分类评定 7/15–8/30 (公示期为 7 个工作日)
                    Optional.of(campaign(
                            2022,
                            null,
                            null,
                            LocalDate.of(2022, 4, 10),
                            LocalDate.of(2022, 4, 25),
                            LocalDate.of(2022, 4, 25),
                            LocalDate.of(2022, 7, 15),
                            7,
                            null,
                            phase(1, "selfCheck", "自查自评", "2022-04-10", "2022-04-25", "2022-04-25"),
                            phase(2, "inspection", "检查评估", "2022-04-25", "2022-07-15", null),
                            phase(3, "rating", "分类评定", "2022-07-15", "2022-08-30", null)))),
            new SeedCity(
                    "putian",
                    "莆田市应急管理局",
                    2021,
                    districts("350302 城厢区", "350303 涵江区", "350304 荔城区", "350305 秀屿区", "350322 仙游县"),
                    // 莆应急〔2021〕118号: "决定于2021年12月至2022年10月开展"; 三、工作安排: 自查自改
                    // 2021年12月—2022年3月 (自查报告于2022年3月20日前报), 市县检查 2022年4月—5月 (报告于2022年5月27日前
                    // 报市局), 省市抽查 2022年6月—9月 (整改到位), 总结提升 2022年10月 (总结报告于2022年9月25日前报送市局)
                    Optional.of(campaign(
                            2021,
                            LocalDate.of(2021, 12, 1),
                            LocalDate.of(2022, 10, 31),
                            LocalDate.of(2021, 12, 1),
                            LocalDate.of(2022, 3, 31),
                            LocalDate.of(2022, 4, 1),
                            LocalDate.of(2022, 5, 31),
                            Campaigns.DEFAULT_NOTICE_DAYS,
                            null,
                            phase(1, "selfCheck", "自查自改", "2021-12-01", "2022-03-31", "2022-03-20"),
                            phase(2, "inspection", "市县检查", "2022-04-01", "2022-05-31", "2022-05-27"),
                            phase(3, "rectification", "省市抽查（整改）", "2022-06-01", "2022-09-30", null),
                            phase(4, "summary", "总结提升", "2022-10-01", "2022-10-31", "2022-09-25")))),
            new SeedCity(
                    "suzhou",
                    "苏州市应急管理局",
                    2023,
                    districts(
                            "320508 姑苏区",
                            "320505 虎丘区",
                            "320506 吴中区",
                            "320507 相城区",
                            "320509 吴江区",
                            "320581 常熟市",
                            "320582 张家港市",
                            "320583 昆山市",
                            "320585 太仓市"),
                    // DB32 管理规范 7.2 星级评定方式: "县级市（区）应急管理部门……每年初对机构上年度服务情况开展评定"; 7.3 "县级市（区）
                    // 应急管理部门可自行制定星级评定流程，主要应包括申请、受理、初评、审议、公示、定级、公布": no days given. The
                    // 2023 version rates 2023's service ("上年度") at the start of 2024; "每年初" is read as its first
                    // quarter,
                    // 1/1–3/31 (a bureau sets its own days in the console)
                    Optional.of(campaign(
                            2023,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            Campaigns.DEFAULT_NOTICE_DAYS,
                            null,
                            phase(1, "rating", "年度星级评定（申请、受理、初评、审议、公示、定级、公布）", "2024-01-01", "2024-03-31", null)))),
            new SeedCity(
                    "foshan",
                    "佛山市应急管理局",
                    2023,
                    districts("440604 禅城区", "440605 南海区", "440606 顺德区", "440608 高明区", "440607 三水区"),
                    // 佛应急〔2023〕70号 三、活动实施步骤: 推荐阶段 10/13–10/18 (联络员名单于10月18日前报送), 评选阶段
                    // 10/19–10/24 (公示时间为3天), 宣传阶段 10月31日至11月
                    Optional.of(campaign(
                            2023,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            3,
                            null,
                            phase(1, "other", "推荐阶段", "2023-10-13", "2023-10-18", "2023-10-18"),
                            phase(2, "rating", "评选阶段", "2023-10-19", "2023-10-24", null),
                            phase(3, "other", "宣传阶段", "2023-10-31", "2023-11-30", null)))));

    private SeedCities() {}

    private static List<District> districts(String... codeAndName) {
        return java.util.Arrays.stream(codeAndName)
                .map(entry -> entry.split(" ", 2))
                .map(parts -> new District(parts[0], parts[1]))
                .toList();
    }

    private static CampaignPhase phase(int seq, String kind, String name, String starts, String ends, String due) {
        return new CampaignPhase(
                seq,
                kind,
                name,
                LocalDate.parse(starts),
                LocalDate.parse(ends),
                due == null ? null : LocalDate.parse(due));
    }

    private static Campaign campaign(
            int year,
            LocalDate startsOn,
            LocalDate endsOn,
            LocalDate selfCheckStart,
            LocalDate selfCheckEnd,
            LocalDate inspectionStart,
            LocalDate inspectionEnd,
            int noticeDays,
            LocalDate publication,
            CampaignPhase... phases) {
        return new Campaign(
                year,
                startsOn,
                endsOn,
                selfCheckStart,
                selfCheckEnd,
                inspectionStart,
                inspectionEnd,
                null,
                noticeDays,
                publication,
                List.of(),
                List.of(phases),
                "seed",
                null);
    }
}
