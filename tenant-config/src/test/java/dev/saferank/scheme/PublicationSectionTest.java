package dev.saferank.scheme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.scheme.PublicationLists.Population;
import dev.saferank.scheme.PublicationLists.Standing;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code publication} section: the seed cities' rules load, bad sections are refused by path. */
class PublicationSectionTest {

    static final Scheme QUANZHOU = SchemeLoader.fromClasspath("tenants/quanzhou/quanzhou-2023.yaml");
    static final Scheme FOSHAN = SchemeLoader.fromClasspath("tenants/foshan/foshan-2023.yaml");
    static final Scheme LINYI = SchemeLoader.fromClasspath("tenants/linyi/linyi-2022.yaml");
    static final Scheme SUZHOU = SchemeLoader.fromClasspath("tenants/suzhou/suzhou-2023.yaml");

    @Test
    void seedCitiesSayWhatTheyPublishInTheirOwnWords() {
        assertThat(QUANZHOU.publication().orElseThrow().wording()).contains("评出服务好的机构10-20家，服务差的机构10家");
        assertThat(FOSHAN.publication()
                        .orElseThrow()
                        .list("benchmark")
                        .orElseThrow()
                        .validMonths())
                .contains(12);
        assertThat(LINYI.publication().orElseThrow().wording()).contains("最终评定为一般等级以上");
        assertThat(SUZHOU.publication().orElseThrow().lists())
                .extracting(PublicationList::title)
                .containsExactly("五星机构", "四星机构", "三星机构");
        assertThat(SchemeLoader.fromClasspath("tenants/putian/putian-2021.yaml").publication())
                .isEmpty();
    }

    @Test
    void quanzhouNamesTheExcellentBetweenTenAndTwenty() {
        // 30 rated, 4 优秀: fewer than 10, so the best 10 by rank are named (rank 10 is in, 11 out).
        Population few = new Population(30, Map.of("优秀", 4, "良好", 20, "合格", 6));
        assertThat(lists(QUANZHOU, 10, "良好", few)).containsExactly("best");
        assertThat(lists(QUANZHOU, 11, "良好", few)).isEmpty();
        // 25 优秀: more than 20, so rank 20 is named and 21 is not, though 优秀.
        Population many = new Population(40, Map.of("优秀", 25, "良好", 15));
        assertThat(lists(QUANZHOU, 20, "优秀", many)).containsExactly("best");
        assertThat(lists(QUANZHOU, 21, "优秀", many)).isEmpty();
        // 14 优秀: exactly those 14.
        Population some = new Population(40, Map.of("优秀", 14, "良好", 26));
        assertThat(lists(QUANZHOU, 14, "优秀", some)).containsExactly("best");
        assertThat(lists(QUANZHOU, 15, "良好", some)).isEmpty();
    }

    @Test
    void quanzhouNamesTheWorstTenFromTheBottomWithTies() {
        Population p = new Population(40, Map.of("合格", 40));
        assertThat(PublicationLists.of(QUANZHOU, new Standing(31, 0, 10, "合格", false), p))
                .containsExactly("worst");
        assertThat(PublicationLists.of(QUANZHOU, new Standing(30, 0, 11, "合格", false), p))
                .isEmpty();
    }

    @Test
    void inASmallPopulationNoAgencyIsBothAmongTheBestAndTheWorst() {
        // 泉州's first year in the platform with 3 agencies: 104.5 优秀, 94 优秀, 86 良好. The best list would take
        // max(10, 2 优秀) = 10 from the top (all three), the worst list the bottom 10 (all three again).
        // The two 优秀 qualify by grade: best only; the 良好 one fills the best list only by its minimum: worst only.
        Population three = new Population(3, Map.of("优秀", 2, "良好", 1));
        assertThat(PublicationLists.of(QUANZHOU, new Standing(1, 0, 3, "优秀", false), three))
                .containsExactly("best");
        assertThat(PublicationLists.of(QUANZHOU, new Standing(2, 0, 2, "优秀", false), three))
                .containsExactly("best");
        assertThat(PublicationLists.of(QUANZHOU, new Standing(3, 0, 1, "良好", false), three))
                .containsExactly("worst");
    }

    @Test
    void aVetoedAgencyIsNeverAmongTheBest() {
        Population p = new Population(30, Map.of("优秀", 2, "不合格", 28));
        assertThat(PublicationLists.of(QUANZHOU, new Standing(1, 0, 30, "不合格", true), p))
                .isEmpty();
    }

    @Test
    void foshanNamesTheTop15OfEachCategoryTiesIncluded() {
        Population p = new Population(60, Map.of("合格", 60));
        assertThat(PublicationLists.of(FOSHAN, new Standing(40, 15, 1, "合格", false), p))
                .containsExactly("benchmark");
        assertThat(PublicationLists.of(FOSHAN, new Standing(41, 16, 1, "合格", false), p))
                .isEmpty();
    }

    @Test
    void linyiPublishesGeneralAndAboveAndKeepsThePoorForInterviews() {
        Population p = new Population(10, Map.of());
        // 五、结果运用 "对评估 70 分以下…约谈主要负责人，予以警告并责令限期停业整改"; 六（三） "分类等级评定差的的机构不得开展行政许可…"
        assertThat(PublicationLists.of(LINYI, new Standing(5, 0, 6, "一般", false, new BigDecimal("70.00")), p))
                .containsExactly("published");
        // 69.99 < 70: 差 by its score, interviewed and barred
        assertThat(PublicationLists.of(LINYI, new Standing(9, 0, 1, "差", false, new BigDecimal("69.99")), p))
                .containsExactly("interview", "restricted");
        // 88.00 with 出具虚假报告 (V3, 直接作为差等级): barred, not below 70
        assertThat(PublicationLists.of(LINYI, new Standing(2, 0, 8, "差", true, new BigDecimal("88.00")), p))
                .containsExactly("restricted");
        assertThat(LINYI.publication()
                        .orElseThrow()
                        .list("restricted")
                        .orElseThrow()
                        .isPublic())
                .isFalse();
        assertThat(LINYI.publication()
                        .orElseThrow()
                        .list("interview")
                        .orElseThrow()
                        .isPublic())
                .isFalse();
    }

    @Test
    void suzhouCancelsAStarOnABarAndFoshanRevokesTheTitle() {
        // 苏州 7.6.3: "由评定部门取消已评定的星级并予以公告，该机构两年内不得申请参加星级评定": 五星 → 不予评定星级, on no list
        assertThat(PublicationLists.cancel(SUZHOU, "五星", List.of("fiveStar")))
                .contains(new PublicationLists.Downgraded("不予评定星级", List.of()));
        assertThat(PublicationLists.cancel(SUZHOU, "不予评定星级", List.of())).isEmpty();
        // 佛山 四（二）: "一律取消标杆机构称号，一年内不再作为标杆机构候选单位": the grade stays, the title goes
        assertThat(PublicationLists.cancel(FOSHAN, "优秀", List.of("benchmark")))
                .contains(new PublicationLists.Downgraded("优秀", List.of()));
        assertThat(SUZHOU.publication().orElseThrow().bar())
                .contains(new Publication.Bar(
                        "E1",
                        2,
                        SUZHOU.publication().orElseThrow().bar().orElseThrow().wording()));
        assertThat(SUZHOU.publication().orElseThrow().bar().orElseThrow().wording())
                .contains("两年内不得申请参加星级评定");
        assertThat(FOSHAN.publication().orElseThrow().bar().orElseThrow().exclusion())
                .isEqualTo("E3");
        assertThat(FOSHAN.publication().orElseThrow().bar().orElseThrow().years())
                .isEqualTo(1);
    }

    @Test
    void suzhouLowersAStarByOneBandAndFoshanRevokesTheTitle() {
        assertThat(PublicationLists.downgrade(SUZHOU, "五星", List.of("fiveStar")))
                .contains(new PublicationLists.Downgraded("四星", List.of("fourStar")));
        assertThat(PublicationLists.downgrade(SUZHOU, "三星", List.of("threeStar")))
                .contains(new PublicationLists.Downgraded("不予评定星级", List.of()));
        assertThat(PublicationLists.downgrade(SUZHOU, "不予评定星级", List.of())).isEmpty();
        assertThat(PublicationLists.downgrade(FOSHAN, "优秀", List.of("benchmark")))
                .contains(new PublicationLists.Downgraded("优秀", List.of()));
        assertThat(PublicationLists.downgrade(FOSHAN, "优秀", List.of())).isEmpty();
    }

    static final String SCORED = SchemeValidationTest.HEAD
            + """
            total: 10
            sections:
              - title: a
                items:
                  - number: "1"
                    title: x
                    max: 10
                    rules: [{code: "1.1", wording: w, kind: fixed, points: 1}]
            bands: [{min: 5, label: A}, {label: B}]
            """;

    @Test
    void refusesUnknownNamesInThePublicationSection() {
        InvalidSchemeException e = SchemeValidationTest.reject(
                SCORED
                        + """
                publication:
                  source: s
                  wording: w
                  entries: some
                  colour: red
                  lists:
                    - {code: x, title: t, wording: w, kind: everyone}
                  downgrade: {action: demote, wording: w}
                """);
        assertThat(e.problems())
                .extracting(Problem::toString)
                .containsExactlyInAnyOrder(
                        "publication.entries: must be all or listed",
                        "publication.colour: unknown field",
                        "publication.lists[0].kind: must be groupTop, best, worst, grades or below",
                        "publication.downgrade.action: must be lowerGrade or revoke");
    }

    @Test
    void refusesListsThatCannotBeCutByPath() {
        InvalidSchemeException e = SchemeValidationTest.reject(
                SCORED
                        + """
                publication:
                  source: s
                  wording: w
                  entries: listed
                  lists:
                    - {code: top, title: t, wording: w, kind: groupTop, public: false}
                    - {code: best, title: t, wording: w, kind: best, grades: [C], min: 5, max: 3, public: false}
                    - {code: best, title: t, wording: w, kind: worst, grades: [A], public: false}
                    - {code: x, title: t, wording: w, kind: grades, public: false}
                  downgrade: {action: revoke, wording: w}
                """);
        assertThat(e.problems())
                .extracting(Problem::toString)
                .containsExactlyInAnyOrder(
                        "publication.lists[0].kind: groupTop needs grouping.top",
                        "publication.lists[1].grades[0]: must be one of the band labels [A, B]",
                        "publication.lists[1].min: must not exceed max",
                        "publication.lists[2].code: code best appears twice",
                        "publication.lists[2].max: is required for worst",
                        "publication.lists[2].grades: not used by kind worst",
                        "publication.lists[3].grades: is required for grades",
                        "publication.entries: listed publishes nothing without a public list",
                        "publication.downgrade.list: is required to revoke");
    }

    private static List<String> lists(Scheme s, int rank, String grade, Population p) {
        return PublicationLists.of(s, new Standing(rank, 0, p.size() - rank + 1, grade, false), p);
    }

    @Test
    void refusesABarWithoutAFindingDecidedExclusion() {
        InvalidSchemeException e = SchemeValidationTest.reject(
                SCORED
                        + """
                exclusions:
                  - {code: E1, wording: w, when: "true"}
                publication:
                  source: s
                  wording: w
                  lists:
                    - {code: x, title: t, wording: w, kind: grades, grades: [A]}
                  bar: {exclusion: E1, years: 0, wording: w}
                """);
        assertThat(e.problems())
                .extracting(Problem::toString)
                .contains(
                        "publication.bar.years: must be 1 to 5",
                        "publication.bar.exclusion: must name an exclusion without a condition (decided by a finding)");
    }
}
