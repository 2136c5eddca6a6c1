package dev.saferank.platform.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.GraphQlHttp;
import dev.saferank.platform.KeycloakTokens;
import dev.saferank.platform.RealServersTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Outside the dev profile: no introspection, no GraphiQL, and requests that would fetch too much are refused. */
@RealServersTest
class GraphQlHygieneIT {

    @LocalServerPort
    int port;

    @Test
    void introspectionIsOff() {
        var response = new GraphQlHttp(port)
                .post("{ __schema { types { name } } }", KeycloakTokens.accessToken("quanzhou-admin"));

        assertThat(response.body().path("data").path("__schema").isMissingNode()
                        || response.body().path("data").path("__schema").isNull())
                .isTrue();
        assertThat(response.body().path("errors").get(0).path("message").asString())
                .contains("内省查询已关闭");
    }

    @Test
    void graphiqlIsNotServed() throws Exception {
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphiql"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isIn(401, 404);
        assertThat(response.body()).doesNotContain("graphiql");
    }

    @Test
    void refusesASelectionDeeperThanTheLimit() {
        // agency → staff → otherAgencies → staff → … : 15 levels, the limit is 12
        String deep = "{ agency(id: 1) { " + "staff { otherAgencies { ".repeat(7) + "id" + " } }".repeat(7) + " } }";

        var response = new GraphQlHttp(port).post(deep, KeycloakTokens.accessToken("quanzhou-admin"));

        assertThat(response.body().path("data").path("agency").isMissingNode()
                        || response.body().path("data").path("agency").isNull())
                .isTrue();
        assertThat(response.body().path("errors").get(0).path("message").asString())
                .isEqualTo("请求嵌套过深：16 层，上限 12 层，请减少嵌套");
    }

    @Test
    void refusesARequestMoreComplexThanTheLimit() {
        StringBuilder aliases = new StringBuilder("{ ");
        for (int i = 0; i < 1_000; i++) {
            aliases.append("v").append(i).append(": viewer { username tenant roles } ");
        }

        var response = new GraphQlHttp(port)
                .post(aliases.append("}").toString(), KeycloakTokens.accessToken("quanzhou-admin"));

        // 4,000 fields at a cost of 4,000: within a signed-in user's budget, but too many fields
        assertThat(response.body().path("errors").get(0).path("message").asString())
                .isEqualTo("请求字段过多：4000 个（含别名和重复字段），上限 2000 个，请拆分请求");
    }

    @Test
    void refusesPagesLargerThanOneHundred() {
        var response = new GraphQlHttp(port)
                .post(
                        "{ agencies(first: 101) { edges { node { id } } } }",
                        KeycloakTokens.accessToken("quanzhou-admin"));

        var error = response.body().path("errors").get(0);
        assertThat(error.path("extensions").path("classification").asString()).isEqualTo("BAD_REQUEST");
        assertThat(error.path("message").asString()).contains("100");
    }
}
