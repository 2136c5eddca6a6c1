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
                    // 泉应急〔2023〕64号: 自查 6/15–7/14, 检查 7/15–8/14, 8月底前公布
                    Optional.of(campaign(
                            2023,
                            LocalDate.of(2023, 6, 15),
                            LocalDate.of(2023, 7, 14),
                            LocalDate.of(2023, 7, 15),
                            LocalDate.of(2023, 8, 14),
                            Campaigns.DEFAULT_NOTICE_DAYS,
                            LocalDate.of(2023, 8, 31)))),
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
                    // 临应急发〔2022〕40号: 公示 7 个工作日
                    Optional.of(campaign(2022, null, null, null, null, 7, null))),
            new SeedCity(
                    "putian",
                    "莆田市应急管理局",
                    2021,
                    districts("350302 城厢区", "350303 涵江区", "350304 荔城区", "350305 秀屿区", "350322 仙游县"),
                    Optional.empty()),
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
                    Optional.empty()),
            new SeedCity(
                    "foshan",
                    "佛山市应急管理局",
                    2023,
                    districts("440604 禅城区", "440605 南海区", "440606 顺德区", "440608 高明区", "440607 三水区"),
                    // 佛应急〔2023〕70号: 公示 3 天
                    Optional.of(campaign(2023, null, null, null, null, 3, null))));

    private SeedCities() {}

    private static List<District> districts(String... codeAndName) {
        return java.util.Arrays.stream(codeAndName)
                .map(entry -> entry.split(" ", 2))
                .map(parts -> new District(parts[0], parts[1]))
                .toList();
    }

    private static Campaign campaign(
            int year,
            LocalDate selfCheckStart,
            LocalDate selfCheckEnd,
            LocalDate inspectionStart,
            LocalDate inspectionEnd,
            int noticeDays,
            LocalDate publication) {
        return new Campaign(
                year,
                selfCheckStart,
                selfCheckEnd,
                inspectionStart,
                inspectionEnd,
                null,
                noticeDays,
                publication,
                List.of(),
                "seed",
                null);
    }
}
