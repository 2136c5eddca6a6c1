package dev.saferank.platform.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.GraphQlHttp;
import dev.saferank.platform.KeycloakTokens;
import dev.saferank.platform.RealServersTest;
import dev.saferank.platform.complaint.PublicHttp;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Aliases and repeated fields are priced by what they do (QueryCost): a flood of searches, previews or
 * what-ifs is refused before any of it runs, in Chinese; the budget of a request without a token is lower than
 * a signed-in user's; any number of aliased introspection fields answers (never an internal error). The time
 * a refusal takes is measured and logged ({@code [cost] …}), not asserted: README.md keeps the figure.
 */
@RealServersTest
class CostBudgetIT {

    private static final Logger log = LoggerFactory.getLogger(CostBudgetIT.class);

    @LocalServerPort
    int port;

    @Test
    void aThousandAliasedPublicSearchesAreRefusedUnrun() {
        String flood = aliases(1_000, "publicRatings { total }");

        var response = anonymous().post(flood, null);

        assertRefusedOverBudget(response, "未登录访问每次请求的上限 3000");
        // each: 50 (the search) + 1 (total) = 51; a thousand of them
        assertThat(costOf(response)).isEqualTo(51_000);
    }

    @Test
    void aPageOfHitsCountsAsManyTimesAsItHolds() {
        String flood = aliases(100, "publicRatings(query: \"安全\", first: 20) { total hits { agencyName } }");

        var response = anonymous().post(flood, null);

        assertRefusedOverBudget(response, "未登录访问每次请求的上限 3000");
        // each: 50 (the search) + 1 (total) + 20 × (1 hits + 1 agencyName) = 91; a hundred of them
        assertThat(costOf(response)).isEqualTo(9_100);
    }

    @Test
    void aDocumentTooLargeToParseIsRefusedInChinese() {
        // 2,000 aliased searches with a page: about 36,000 tokens, beyond the parser's 15,000
        String flood = aliases(2_000, "publicRatings(query: \"安全\", first: 20) { total hits { agencyName } }");

        JsonNode error = anonymous().post(flood, null).body().path("errors").get(0);

        assertThat(error.path("message").asString()).isEqualTo("请求文档过大：语法单元过多或嵌套过深，已停止解析，请拆分请求");
        assertThat(error.path("extensions").path("code").asString()).isEqualTo("DOCUMENT_TOO_LARGE");
    }

    private static long costOf(GraphQlHttp.Response response) {
        return response.body()
                .path("errors")
                .get(0)
                .path("extensions")
                .path("cost")
                .asLong();
    }

    @Test
    void aThousandAliasedPreviewsAreRefusedUnrunEvenSignedIn() {
        String flood = aliases(1_000, "preview(agencyId: 1, year: 2023) { total }");

        var response = new GraphQlHttp(port).post(flood, KeycloakTokens.accessToken("quanzhou-admin"));

        assertRefusedOverBudget(response, "每次请求的上限 20000");
        // each: 200 (the preview) + 1 (total) = 201; a thousand of them
        assertThat(costOf(response)).isEqualTo(201_000);
    }

    @Test
    void tenWhatIfsAreOverABureauUsersBudget() {
        // each: 2,000 (a what-if over the city's population) + 1 (changedCount) = 2,001; ten are 20,010
        String what = "compareSchemes(year: 2023, versionA: \"a\", versionB: \"b\") { changedCount }";

        var response = new GraphQlHttp(port).post(aliases(10, what), KeycloakTokens.accessToken("quanzhou-admin"));

        assertRefusedOverBudget(response, "每次请求的上限 20000");
    }

    @Test
    void repeatedRootFieldsArePricedEachTime() {
        // no aliases: the same search repeated 60 times; 60 × 51 = 3,060 > 3,000
        String repeated = "{ " + "publicRatings(query: \"安全\") { total } ".repeat(60) + "}";

        assertRefusedOverBudget(anonymous().post(repeated, null), "未登录访问");
    }

    @Test
    void theAnonymousBudgetIsLowerThanASignedInUsers() {
        // 70 searches: 70 × 51 = 3,570, over the anonymous 3,000, within a signed-in user's 20,000
        String seventy = aliases(70, "publicRatings(query: \"安全\") { total }");

        assertRefusedOverBudget(anonymous().post(seventy, null), "未登录访问");
        var signedIn = new GraphQlHttp(port).post(seventy, KeycloakTokens.accessToken("quanzhou-admin"));
        assertThat(signedIn.body().path("errors").isMissingNode()).isTrue();
        assertThat(signedIn.body().path("data").path("a69").path("total").isNumber())
                .isTrue();
    }

    @Test
    void aSearchPageFitsTheAnonymousBudget() {
        var response = anonymous()
                .post(
                        "{ publicRatings(query: \"安全\", first: 20) { total hits { agencyName cityName grade year"
                                + " highlights { field fragments } } facets { name buckets { key label count } }"
                                + " pageInfo { hasNextPage endCursor } } }",
                        null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().path("errors").isMissingNode()).isTrue();
    }

    @Test
    void anyNumberOfAliasedIntrospectionFieldsAnswers() {
        for (int count : List.of(1, 2, 3, 10, 50)) {
            var response = anonymous().post(aliases(count, "__schema { queryType { name } }"), null);
            String text = response.body().toString();

            assertThat(response.status()).as("%d aliased __schema", count).isEqualTo(200);
            assertThat(text).doesNotContain("INTERNAL_ERROR").doesNotContain("good faith");
            // introspection is off outside the dev profile: each answer says so in Chinese
            assertThat(response.body().path("errors").get(0).path("message").asString())
                    .as("%d aliased __schema", count)
                    .containsAnyOf("内省查询已关闭", "请求开销过大");
        }
        var types =
                anonymous().post("{ a: __type(name: \"Query\") { name } b: __type(name: \"Agency\") { name } }", null);
        assertThat(types.body().toString()).doesNotContain("INTERNAL_ERROR");
    }

    @Test
    void measuresHowLongARefusalTakes() {
        String flood = aliases(1_000, "publicRatings { total }");
        var http = anonymous();
        for (int i = 0; i < 5; i++) {
            http.post(flood, null); // warm-up
        }
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            long start = System.nanoTime();
            assertRefusedOverBudget(http.post(flood, null), "上限");
            micros.add((System.nanoTime() - start) / 1_000);
        }
        micros.sort(null);
        log.info(
                "[cost] 1,000 aliased publicRatings ({} kB) refused in {} ms median, {} ms worst of 30 (round trip over loopback)",
                flood.length() / 1024,
                micros.get(15) / 1000.0,
                micros.getLast() / 1000.0);
    }

    private GraphQlHttp anonymous() {
        return new GraphQlHttp(port).from(PublicHttp.uniqueAddress());
    }

    private static void assertRefusedOverBudget(GraphQlHttp.Response response, String wording) {
        JsonNode error = response.body().path("errors").get(0);
        assertThat(error.path("extensions").path("code").asString()).isEqualTo("OVER_BUDGET");
        assertThat(error.path("extensions").path("classification").asString()).isEqualTo("BAD_REQUEST");
        assertThat(error.path("message").asString()).startsWith("请求开销过大").contains(wording);
        assertThat(response.body().path("data").isMissingNode()
                        || response.body().path("data").isNull())
                .as("nothing ran")
                .isTrue();
        assertThat(response.body().toString()).doesNotContain("java.").doesNotContain("Exception");
    }

    static String aliases(int count, String field) {
        StringBuilder document = new StringBuilder("{ ");
        for (int i = 0; i < count; i++) {
            document.append('a').append(i).append(": ").append(field).append(' ');
        }
        return document.append('}').toString();
    }
}
