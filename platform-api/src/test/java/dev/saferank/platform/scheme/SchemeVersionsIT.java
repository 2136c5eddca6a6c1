package dev.saferank.platform.scheme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.GraphQlHttp;
import dev.saferank.platform.KeycloakTokens;
import dev.saferank.platform.RealServersTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A bureau admin uploads, validates and activates its own scheme versions. */
@RealServersTest
class SchemeVersionsIT {

    private static final String UPLOAD =
            """
            mutation($source: String!) { uploadScheme(input: {source: $source}) {
              schemeVersion { version year title } errors { field code message } } }""";

    @LocalServerPort
    int port;

    @Test
    void adminUploadsAndActivatesAVersion() throws IOException {
        String version = "2023.it-" + System.nanoTime();
        String source = shipped("tenants/foshan/foshan-2023.yaml")
                .replaceFirst("(?m)^version: .*$", "version: \"" + version + "\"");
        String admin = KeycloakTokens.accessToken("foshan-admin");

        JsonNode uploaded =
                post(UPLOAD, java.util.Map.of("source", source), admin).path("uploadScheme");
        assertThat(uploaded.path("errors").size()).isZero();
        assertThat(uploaded.path("schemeVersion").path("version").asString()).isEqualTo(version);

        JsonNode activated = post(
                        "mutation { activateScheme(input: {version: " + quote(version) + ", year: 2023}) {"
                                + " schemeVersion { version } errors { code } } }",
                        admin)
                .path("activateScheme");
        assertThat(activated.path("errors").size()).isZero();
        JsonNode active = post("{ activeScheme(year: 2023) { version history { action actor } } }", admin)
                .path("activeScheme");
        assertThat(active.path("version").asString()).isEqualTo(version);
        assertThat(active.path("history").findValuesAsString("action")).containsExactly("uploaded", "activated");
    }

    @Test
    void reportsEveryProblemOfABrokenSchemeByItsPath() {
        String broken = "tenant: foshan\nyear: 2023\nversion: \"x\"\ntitle: t\nsource: s\ntotal: 100\n"
                + "rounding: {scale: 1, mode: HALF_UP}\nsections:\n  - title: a\n    items:\n"
                + "      - number: \"1\"\n        title: b\n        max: 100\n        rules:\n"
                + "          - {code: \"1.1\", wording: w, kind: fixed, points: 0}\n"
                + "bands: [{min: 60, label: 合格}, {min: 70, label: 良好}, {label: 不合格}]\n";

        JsonNode payload = post(
                        "mutation { validateScheme(input: {source: " + quote(broken)
                                + "}) { valid errors { field code message } } }",
                        KeycloakTokens.accessToken("foshan-admin"))
                .path("validateScheme");

        assertThat(payload.path("valid").asBoolean()).isFalse();
        assertThat(payload.path("errors").findValuesAsString("field"))
                .as("errors: %s", payload.path("errors"))
                .contains("source.sections[0].items[0].rules[0].points", "source.bands[1].min");
        // worded in Chinese for a bureau, placed in the form's words; no parser or engine English
        assertThat(payload.path("errors").findValuesAsString("message"))
                .contains("第1部分 第1项 第1条 分值：须大于 0", "第2档等级 下限：等级分数线重叠：70 不低于上一档的 60（应从高到低）");
        JsonNode notYaml = post(
                        "mutation { validateScheme(input: {source: \"tenant: [x\"}) { valid errors { field message } } }",
                        KeycloakTokens.accessToken("foshan-admin"))
                .path("validateScheme");
        assertThat(notYaml.path("errors").findValuesAsString("message"))
                .startsWith("整个方案：文件格式有误，无法读取（请检查缩进、冒号和引号）")
                .allSatisfy(message -> assertThat(message).doesNotContainPattern("[A-Za-z]{3,}"));
    }

    @Test
    void refusesASchemeOfAnotherCity() throws IOException {
        JsonNode payload = post(
                        "mutation { uploadScheme(input: {source: " + quote(shipped("tenants/linyi/linyi-2022.yaml"))
                                + "}) { schemeVersion { version } errors { field code message } } }",
                        KeycloakTokens.accessToken("foshan-admin"))
                .path("uploadScheme");

        assertThat(payload.path("schemeVersion").isNull()).isTrue();
        assertThat(payload.path("errors").get(0).path("code").asString()).isEqualTo("TENANT_MISMATCH");
    }

    @Test
    void inspectorsMayNotUpload() {
        var response = new GraphQlHttp(port)
                .post(
                        "mutation { uploadScheme(input: {source: \"x\"}) { errors { code } } }",
                        KeycloakTokens.accessToken("foshan-inspector"));

        assertThat(response.body()
                        .path("errors")
                        .get(0)
                        .path("extensions")
                        .path("classification")
                        .asString())
                .isEqualTo("FORBIDDEN");
        assertThat(response.body().path("errors").get(0).path("message").asString())
                .isEqualTo("无权执行此操作");
    }

    private JsonNode post(String document, String token) {
        return post(document, java.util.Map.of(), token);
    }

    private JsonNode post(String document, java.util.Map<String, ?> variables, String token) {
        var response = new GraphQlHttp(port).post(document, variables, token);
        assertThat(response.body().path("errors").isMissingNode())
                .as("errors: %s", response.body().path("errors"))
                .isTrue();
        return response.body().path("data");
    }

    private static String shipped(String resource) throws IOException {
        try (var in = SchemeVersionsIT.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String quote(String text) {
        return tools.jackson.databind.json.JsonMapper.shared().writeValueAsString(text);
    }
}
