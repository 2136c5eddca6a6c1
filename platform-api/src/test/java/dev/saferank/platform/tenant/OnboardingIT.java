package dev.saferank.platform.tenant;

import static dev.saferank.platform.tenant.RealmAdmin.classification;
import static dev.saferank.platform.tenant.RealmAdmin.data;
import static dev.saferank.platform.tenant.RealmAdmin.vars;
import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.GraphQlHttp;
import dev.saferank.platform.KeycloakTokens;
import dev.saferank.platform.RealServersTest;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** The platform admin onboards a city; whatever fails leaves nothing behind in Keycloak or the database. */
@RealServersTest
class OnboardingIT {

    private static final String ONBOARD =
            """
            mutation($input: OnboardTenantInput!) { onboardTenant(input: $input) {
              tenant { id name organizationId createdBy } errors { field code message } } }""";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private final RealmAdmin realm = new RealmAdmin();
    private final String id = "it-" + Long.toString(System.nanoTime(), 36);
    private final String username = id + "-admin";

    @AfterEach
    void removeWhatWasOnboarded() {
        realm.remove(id, username);
        realm.close();
    }

    @Test
    void onboardedAdminSignsInToTheNewTenantWithTheTemplateScheme() {
        JsonNode payload = onboard(input(id, "厦门市应急管理局", "linyi", 2024)).path("onboardTenant");

        assertThat(payload.path("errors").size())
                .as("errors: %s", payload.path("errors"))
                .isZero();
        assertThat(payload.path("tenant").path("id").asString()).isEqualTo(id);
        assertThat(payload.path("tenant").path("createdBy").asString()).isEqualTo("platform-admin");
        String organizationId = realm.organization(id).orElseThrow().getId();
        assertThat(payload.path("tenant").path("organizationId").asString()).isEqualTo(organizationId);

        realm.setPermanentPassword(username, "Signed-in-1");
        String token = KeycloakTokens.accessToken("saferank-web", username, "Signed-in-1");
        JsonNode viewer =
                data(graphQl().post("{ viewer { tenant roles } activeScheme(year: 2024) { version title } }", token));
        assertThat(viewer.path("viewer").path("tenant").asString()).isEqualTo(id);
        assertThat(viewer.path("viewer").path("roles").values())
                .extracting(JsonNode::asString)
                .containsExactly("bureau-admin");
        assertThat(viewer.path("activeScheme").path("version").asString()).isEqualTo("2024.1");
        assertThat(viewer.path("activeScheme").path("title").asString()).isEqualTo("临沂安全生产技术服务机构分类等级管理检查表");

        JsonNode own = data(graphQl().post("{ tenant { id name districts { code } } }", token));
        assertThat(own.path("tenant").path("name").asString()).isEqualTo("厦门市应急管理局");
        assertThat(own.path("tenant").path("districts").size()).isZero();
        JsonNode listed =
                data(graphQl().post("{ tenants { id name createdAt } }", KeycloakTokens.accessToken("platform-admin")));
        assertThat(listed.path("tenants").findValuesAsString("id")).contains(id);
        assertThat(listed.path("tenants").findValuesAsString("createdAt"))
                .allMatch(at -> at.matches("\\d{4}-\\d\\d-\\d\\dT.*"));

        // a tenant just onboarded has published nothing: the public site does not list it
        JsonNode cities = data(graphQl().post("{ publicCities { code } }", null));
        assertThat(cities.path("publicCities").findValuesAsString("code")).doesNotContain(id);

        // last year's version activated for the next year: copied, re-dated and activated (2024.1 unchanged)
        JsonNode next = data(graphQl()
                        .post(
                                "mutation { activateScheme(input: {version: \"2024.1\", year: 2025}) {"
                                        + " schemeVersion { version year history { action reason } } errors { code } } }",
                                token))
                .path("activateScheme");
        assertThat(next.path("errors").size()).as("errors: %s", next).isZero();
        assertThat(next.path("schemeVersion").path("version").asString()).isEqualTo("2025.1");
        assertThat(next.path("schemeVersion").path("year").asInt()).isEqualTo(2025);
        assertThat(next.path("schemeVersion").path("history").findValuesAsString("action"))
                .containsExactly("uploaded", "copied", "activated");
        JsonNode years = data(graphQl()
                .post(
                        "{ a: activeScheme(year: 2024) { version } b: activeScheme(year: 2025) { version source } }",
                        token));
        assertThat(years.path("a").path("version").asString()).isEqualTo("2024.1");
        assertThat(years.path("b").path("version").asString()).isEqualTo("2025.1");
        assertThat(years.path("b").path("source").asString()).contains("year: 2025\n", "version: \"2025.1\"");
    }

    @Test
    void aBlankTenantHasItsAdminAndNoScheme() {
        JsonNode payload = onboard(input(id, "漳州市应急管理局", "blank", 2024)).path("onboardTenant");

        assertThat(payload.path("errors").size())
                .as("errors: %s", payload.path("errors"))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM scheme_version WHERE tenant_id = ?", Long.class, id))
                .isZero();
        realm.setPermanentPassword(username, "Signed-in-1");
        String token = KeycloakTokens.accessToken("saferank-web", username, "Signed-in-1");
        JsonNode viewer = data(graphQl().post("{ viewer { tenant roles } schemeVersions { version } }", token));
        assertThat(viewer.path("viewer").path("tenant").asString()).isEqualTo(id);
        assertThat(viewer.path("viewer").path("roles").values())
                .extracting(JsonNode::asString)
                .containsExactly("bureau-admin");
        assertThat(viewer.path("schemeVersions").size()).isZero();
    }

    @Test
    void refusesAnIdInUseAndCreatesNothing() {
        JsonNode payload =
                onboard(input("quanzhou", "泉州市应急管理局", "quanzhou", 2024)).path("onboardTenant");

        assertThat(payload.path("tenant").isNull()).isTrue();
        assertThat(payload.path("errors").findValuesAsString("code")).containsExactly("TENANT_EXISTS");
        assertThat(realm.user(username)).isEmpty();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM scheme_version WHERE tenant_id = 'quanzhou' AND version = '2024.1'",
                        Integer.class))
                .isZero();
    }

    @Test
    void refusesAnUnknownTemplateABadAliasAndATakenUsernameAndCreatesNothing() {
        var input = input("Bad_Alias", "某市应急管理局", "xiamen", 1999);

        JsonNode payload = onboard(input).path("onboardTenant");

        assertThat(payload.path("errors").findValuesAsString("code"))
                .containsExactlyInAnyOrder("INVALID_TENANT_ID", "UNKNOWN_TEMPLATE", "INVALID_YEAR");
        assertThat(payload.path("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("input.id", "input.template", "input.year");

        var takenUsername = input(id, "某市应急管理局", "foshan", 2024);
        ((Map<String, Object>) takenUsername.get("admin")).put("username", "quanzhou-admin");
        ((Map<String, Object>) takenUsername.get("admin")).put("email", "linyi-admin@demo.saferank.invalid");
        JsonNode taken = onboard(takenUsername).path("onboardTenant");
        assertThat(taken.path("errors").findValuesAsString("code"))
                .containsExactlyInAnyOrder("USERNAME_TAKEN", "EMAIL_TAKEN");

        assertThat(realm.organization("bad_alias")).isEmpty();
        assertThat(realm.organization(id)).isEmpty();
        assertThat(realm.user(username)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM tenant WHERE id IN ('Bad_Alias', ?)", Integer.class, id))
                .isZero();
    }

    @Test
    void refusesAnIdWhoseOrganizationExistsInKeycloakOnly() {
        realm.createOrganization(id);

        JsonNode payload = onboard(input(id, "厦门市应急管理局", "foshan", 2024)).path("onboardTenant");

        assertThat(payload.path("errors").findValuesAsString("code")).containsExactly("TENANT_EXISTS");
        assertThat(realm.user(username)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM tenant WHERE id = ?", Integer.class, id))
                .isZero();
    }

    @Test
    void removesTheKeycloakOrganizationAndUserWhenTheDatabaseStepFails() {
        // a stale version under the new id makes the scheme upload, the last database step, fail
        jdbc.update(
                "INSERT INTO scheme_version (tenant_id, version, year, title, source, uploaded_by)"
                        + " VALUES (?, '2024.1', 2024, 'stale', 'stale', 'test')",
                id);

        JsonNode payload = onboard(input(id, "厦门市应急管理局", "quanzhou", 2024)).path("onboardTenant");

        assertThat(payload.path("tenant").isNull()).isTrue();
        assertThat(payload.path("errors").findValuesAsString("code")).containsExactly("DUPLICATE_VERSION");
        assertThat(realm.organization(id)).isEmpty();
        assertThat(realm.user(username)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM tenant WHERE id = ?", Integer.class, id))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM scheme_activation WHERE tenant_id = ?", Integer.class, id))
                .isZero();
    }

    @Test
    void onlyThePlatformAdminOnboardsAndItReachesNoTenantData() {
        var asBureauAdmin = graphQl()
                .post(
                        ONBOARD,
                        vars("input", input(id, "厦门", "foshan", 2024)),
                        KeycloakTokens.accessToken("quanzhou-admin"));
        assertThat(classification(asBureauAdmin)).isEqualTo("FORBIDDEN");
        assertThat(classification(graphQl().post("{ tenants { id } }", KeycloakTokens.accessToken("linyi-admin"))))
                .isEqualTo("FORBIDDEN");
        assertThat(realm.organization(id)).isEmpty();

        String platformAdmin = KeycloakTokens.accessToken("platform-admin");
        for (String query : new String[] {
            "{ tenant { id } }",
            "{ districts { code } }",
            "{ campaign(year: 2023) { year } }",
            "{ tenantUsers { username } }",
            "{ schemeTree(version: \"2023.1\") { title } }"
        }) {
            var response = graphQl().post(query, platformAdmin);
            assertThat(classification(response)).as(query).isEqualTo("FORBIDDEN");
            assertThat(response.body().path("data").toString()).as(query).doesNotContain("code", "year", "title");
        }
        assertThat(classification(graphQl().post("{ tenants { id } }", null))).isEqualTo("UNAUTHORIZED");
    }

    private JsonNode onboard(Map<String, Object> input) {
        return data(graphQl().post(ONBOARD, vars("input", input), KeycloakTokens.accessToken("platform-admin")));
    }

    private Map<String, Object> input(String tenant, String name, String template, int year) {
        var admin = new java.util.HashMap<String, Object>(Map.of(
                "username", username,
                "email", username + "@it.saferank.invalid",
                "firstName", "测试",
                "lastName", "管理员",
                "temporaryPassword", "Temporary-1"));
        return vars("id", tenant, "name", name, "admin", admin, "template", template, "year", year);
    }

    private GraphQlHttp graphQl() {
        return new GraphQlHttp(port);
    }
}
