package dev.saferank.platform.rating;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.RealServersTest;
import dev.saferank.platform.TestData;
import dev.saferank.platform.agency.AgencyFixtures;
import dev.saferank.platform.measurement.Api;
import dev.saferank.platform.scheme.Schemes;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Results of a run as the bureau and an agency read them: rank order with ties paged stably, the
 * trail in the preview's shape, filters, and an agency user limited to its own row.
 */
@RealServersTest
class RatingResultsIT {

    static final String RESULT_FIELDS =
            "agency { id name } category total rawTotal grade overallRank groupKey groupRank"
                    + " exclusion { code wording } vetoes { code wording }"
                    + " trail { sections { title max points items { number title max points"
                    + " trail { rule wording count amount capped enterprise note } } }"
                    + " bonus { points capped items { number points } } penalties { points } }";
    static final String RESULTS = "query($id: ID!, $first: Int, $after: String, $filter: RatingResultFilter) {"
            + " ratingRun(id: $id) { id status runVersion results(first: $first, after: $after, filter: $filter) {"
            + " edges { cursor node { " + RESULT_FIELDS + " } } pageInfo { hasNextPage endCursor } } } }";
    static final String ONE =
            "query($id: ID!, $a: ID!) { ratingRun(id: $id) { result(agencyId: $a) { " + RESULT_FIELDS + " } } }";
    static final String MINE =
            "query($y: Int!) { myRatingResults(year: $y) { agency { id name } total grade overallRank } }";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Schemes schemes;

    Api api;
    RatingRows rows;
    TestData data;
    long run;
    long first;
    long tiedLow;
    long tiedHigh;
    long excluded;

    @BeforeEach
    void aCompletedRun() {
        api = new Api(port);
        rows = new RatingRows(jdbc);
        data = new TestData(jdbc, schemes);
        data.activeSeedScheme("quanzhou", "tenants/quanzhou/quanzhou-2023.yaml", 2023);
        first = data.agency("quanzhou", "泉州第一机构", "evaluation");
        tiedLow = data.agency("quanzhou", "泉州并列甲", "evaluation");
        tiedHigh = data.agency("quanzhou", "泉州并列乙", "evaluation");
        excluded = data.agency("quanzhou", "泉州不参评机构", "evaluation");
        run = rows.completedRun("quanzhou", 2023, "结果测试");
        // 91.5 in the section (14.5a: 3 × 0.5 = 1.5 off item 14's 20) + 5 bonus = 96.5
        rows.result(
                "quanzhou",
                run,
                first,
                "泉州第一机构",
                "96.5",
                "优秀",
                1,
                null,
                null,
                RatingRows.trail("规范管理", "91.5", "14.5a", "-1.5", "5"));
        // two agencies tied at 85 share rank 2; the next rank would be 4 (competition ranking)
        rows.result(
                "quanzhou",
                run,
                tiedHigh,
                "泉州并列乙",
                "85",
                "良好",
                2,
                null,
                null,
                RatingRows.trail("规范管理", "85", "14.5a", "-0.5", "0"));
        rows.result(
                "quanzhou",
                run,
                tiedLow,
                "泉州并列甲",
                "85",
                "良好",
                2,
                null,
                null,
                RatingRows.trail("规范管理", "85", "14.5a", "-0.5", "0"));
        rows.excluded("quanzhou", run, excluded, "泉州不参评机构", "E1", "未按期报送材料，不参与考评和排名");
    }

    @Test
    void resultsComeInRankOrderTiesByAgencyIdExcludedLastAcrossPages() {
        JsonNode page1 = results("quanzhou-inspector", 2, null, null);
        String cursor = page1.path("pageInfo").path("endCursor").asString();
        JsonNode page2 = results("quanzhou-inspector", 2, cursor, null);

        long lowerTied = Math.min(tiedLow, tiedHigh);
        long higherTied = Math.max(tiedLow, tiedHigh);
        assertThat(page1.path("edges").findValuesAsString("id"))
                .containsExactly(Long.toString(first), Long.toString(lowerTied));
        assertThat(page1.path("pageInfo").path("hasNextPage").asBoolean()).isTrue();
        assertThat(page2.path("edges").findValuesAsString("id"))
                .containsExactly(Long.toString(higherTied), Long.toString(excluded));
        assertThat(page2.path("pageInfo").path("hasNextPage").asBoolean()).isFalse();
        JsonNode last = page2.path("edges").get(1).path("node");
        assertThat(last.path("overallRank").isNull()).isTrue();
        assertThat(last.path("total").isNull()).isTrue();
        assertThat(last.path("exclusion").path("code").asString()).isEqualTo("E1");
        assertThat(last.path("exclusion").path("wording").asString()).contains("不参与考评和排名");
    }

    @Test
    void aResultCarriesItsTrailInThePreviewsShape() {
        JsonNode result = api.data("quanzhou-admin", ONE, Map.of("id", Long.toString(run), "a", Long.toString(first)))
                .path("ratingRun")
                .path("result");

        assertThat(result.path("agency").path("name").asString()).isEqualTo("泉州第一机构");
        assertThat(result.path("total").decimalValue()).isEqualByComparingTo("96.5");
        assertThat(result.path("grade").asString()).isEqualTo("优秀");
        assertThat(result.path("overallRank").asInt()).isEqualTo(1);
        JsonNode section = result.path("trail").path("sections").get(0);
        assertThat(section.path("title").asString()).isEqualTo("规范管理");
        assertThat(section.path("points").decimalValue()).isEqualByComparingTo("91.5");
        JsonNode item = section.path("items").get(0);
        // item 14: 20 − 1.5 = 18.5
        assertThat(item.path("points").decimalValue()).isEqualByComparingTo("18.5");
        JsonNode step = item.path("trail").get(0);
        assertThat(step.path("rule").asString()).isEqualTo("14.5a");
        assertThat(step.path("count").asInt()).isEqualTo(3);
        assertThat(step.path("amount").decimalValue()).isEqualByComparingTo("-1.5");
        assertThat(step.path("capped").asBoolean()).isFalse();
        assertThat(result.path("trail").path("bonus").path("points").decimalValue())
                .isEqualByComparingTo("5");
        assertThat(result.path("trail").path("penalties").isNull()).isTrue();
        assertThat(result.path("vetoes").size()).isZero();
        assertThat(result.path("exclusion").isNull()).isTrue();
    }

    @Test
    void resultsFilterByGrade() {
        JsonNode good = results("quanzhou-admin", 10, null, Map.of("grade", "良好"));

        assertThat(good.path("edges").findValuesAsString("grade")).containsExactly("良好", "良好");
    }

    @Test
    void anAgencyUserSeesOnlyItsOwnResultAnyOtherAsMissing() {
        new AgencyFixtures(jdbc, port).linkAccount("quanzhou", "quanzhou-agency", tiedLow);

        JsonNode own = api.data("quanzhou-agency", ONE, Map.of("id", Long.toString(run), "a", Long.toString(tiedLow)))
                .path("ratingRun")
                .path("result");
        JsonNode other = api.data("quanzhou-agency", ONE, Map.of("id", Long.toString(run), "a", Long.toString(first)))
                .path("ratingRun")
                .path("result");
        JsonNode missing = api.data("quanzhou-agency", ONE, Map.of("id", Long.toString(run), "a", "987654321987"))
                .path("ratingRun")
                .path("result");
        JsonNode page = results("quanzhou-agency", 10, null, null);
        JsonNode mine = api.data("quanzhou-agency", MINE, Map.of("y", 2023)).path("myRatingResults");

        assertThat(own.path("total").decimalValue()).isEqualByComparingTo("85");
        assertThat(other.isNull()).isTrue();
        assertThat(missing.isNull()).isTrue();
        assertThat(page.path("edges").findValuesAsString("id")).containsExactly(Long.toString(tiedLow));
        assertThat(mine.findValuesAsString("id")).containsOnly(Long.toString(tiedLow));
        assertThat(mine.get(0).path("overallRank").asInt()).isEqualTo(2);
    }

    @Test
    void anotherCitysTokenFindsTheRunExactlyLikeAMissingOne() {
        var variables = Map.of("id", Long.toString(run), "first", 5);
        var missing = Map.of("id", "987654321987", "first", 5);

        String foreign = api.errorMessage("linyi-admin", RESULTS, variables).replace(Long.toString(run), "<id>");
        String absent = api.errorMessage("quanzhou-admin", RESULTS, missing).replace("987654321987", "<id>");

        assertThat(foreign).isEqualTo(absent).isEqualTo("未找到评定 <id>");
        assertThat(api.errorClass("linyi-admin", RESULTS, variables)).isEqualTo("NOT_FOUND");
        assertThat(api.body("linyi-agency", ONE, Map.of("id", Long.toString(run), "a", Long.toString(first)))
                        .toString())
                .doesNotContain("泉州第一机构");
    }

    private JsonNode results(String user, int count, String after, Map<String, String> filter) {
        var variables = new java.util.HashMap<String, Object>(Map.of("id", Long.toString(run), "first", count));
        if (after != null) {
            variables.put("after", after);
        }
        if (filter != null) {
            variables.put("filter", filter);
        }
        return api.data(user, RESULTS, variables).path("ratingRun").path("results");
    }
}
