package dev.saferank.platform.tenant;

import static dev.saferank.platform.tenant.RealmAdmin.classification;
import static dev.saferank.platform.tenant.RealmAdmin.data;
import static dev.saferank.platform.tenant.RealmAdmin.vars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.saferank.platform.GraphQlHttp;
import dev.saferank.platform.KeycloakTokens;
import dev.saferank.platform.RealServersTest;
import dev.saferank.platform.TestData;
import dev.saferank.platform.scheme.Schemes;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** A bureau admin invites, lists and disables the users of its own tenant, and nobody else's. */
@RealServersTest
class TenantUsersIT {

    private static final String INVITE =
            """
            mutation($input: InviteUserInput!) { inviteUser(input: $input) {
              user { username role enabled } errors { field code message } } }""";
    private static final String DISABLE =
            "mutation($u: String!) { disableUser(input: {username: $u}) { user { username enabled } errors { code } } }";
    private static final String USERS = "{ tenantUsers { username role enabled } }";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Schemes schemes;

    private final RealmAdmin realm = new RealmAdmin();
    private final String username = "it-user-" + Long.toString(System.nanoTime(), 36);

    @AfterEach
    void removeInvitedUser() {
        realm.removeUser(username);
        realm.close();
    }

    @Test
    void invitedInspectorIsListedAndSignsInToTheTenant() {
        JsonNode invited = data(post(INVITE, vars("input", invitation("INSPECTOR", null)), "quanzhou-admin"));
        assertThat(invited.path("inviteUser").path("errors").size()).isZero();

        JsonNode users = data(post(USERS, Map.of(), "quanzhou-admin")).path("tenantUsers");
        assertThat(users.toString())
                .contains("{\"username\":\"" + username + "\",\"role\":\"INSPECTOR\",\"enabled\":true}")
                .contains("{\"username\":\"quanzhou-admin\",\"role\":\"BUREAU_ADMIN\",\"enabled\":true}")
                .contains("{\"username\":\"quanzhou-agency\",\"role\":\"AGENCY_USER\",\"enabled\":true}")
                .doesNotContain("linyi-");
        realm.setPermanentPassword(username, "Signed-in-1");
        JsonNode viewer = data(new GraphQlHttp(port)
                        .post(
                                "{ viewer { tenant roles } }",
                                KeycloakTokens.accessToken("saferank-web", username, "Signed-in-1")))
                .path("viewer");
        assertThat(viewer.toString()).isEqualTo("{\"tenant\":\"quanzhou\",\"roles\":[\"inspector\"]}");
    }

    @Test
    void invitedAgencyAccountIsLinkedToItsAgencyAndSeesIt() {
        long agency = new TestData(jdbc, schemes).agency("quanzhou", "邀请测试机构" + username, "evaluation");

        JsonNode invited = data(post(INVITE, vars("input", invitation("AGENCY_USER", agency)), "quanzhou-admin"));

        assertThat(invited.path("inviteUser").path("user").path("role").asString())
                .isEqualTo("AGENCY_USER");
        assertThat(jdbc.queryForObject("SELECT account_user FROM agency WHERE id = ?", String.class, agency))
                .isEqualTo(username);
        realm.setPermanentPassword(username, "Signed-in-1");
        JsonNode seen = data(new GraphQlHttp(port)
                .post(
                        "{ agency(id: " + agency + ") { name } }",
                        KeycloakTokens.accessToken("saferank-web", username, "Signed-in-1")));
        assertThat(seen.path("agency").path("name").asString()).isEqualTo("邀请测试机构" + username);
        JsonNode again = data(post(INVITE, vars("input", invitation("AGENCY_USER", agency)), "quanzhou-admin"));
        assertThat(again.path("inviteUser").path("errors").findValuesAsString("code"))
                .contains("AGENCY_HAS_ACCOUNT");
    }

    @Test
    void refusesBadInvitationsAndCreatesNoUser() {
        long foreignAgency = new TestData(jdbc, schemes).agency("linyi", "临沂机构" + username, "evaluation");
        assertThat(inviteErrors(invitation("AGENCY_USER", foreignAgency))).containsExactly("AGENCY_NOT_FOUND");
        assertThat(inviteErrors(invitation("AGENCY_USER", 987_654_321_987L))).containsExactly("AGENCY_NOT_FOUND");
        assertThat(inviteErrors(invitation("AGENCY_USER", null))).containsExactly("REQUIRED");
        assertThat(inviteErrors(invitation("BUREAU_ADMIN", null))).containsExactly("INVALID_ROLE");
        assertThat(inviteErrors(invitation("INSPECTOR", foreignAgency))).containsExactly("AGENCY_NOT_ALLOWED");
        var badFields = invitation("INSPECTOR", null);
        badFields.put("email", "no-at-sign");
        badFields.put("temporaryPassword", "short");
        badFields.put("firstName", " ");
        assertThat(inviteErrors(badFields))
                .containsExactlyInAnyOrder("INVALID_EMAIL", "PASSWORD_TOO_SHORT", "REQUIRED");
        var taken = invitation("INSPECTOR", null);
        taken.put("username", "linyi-inspector");
        assertThat(inviteErrors(taken)).containsExactly("USERNAME_TAKEN");
        var takenEmail = invitation("INSPECTOR", null);
        takenEmail.put("email", "foshan-agency@demo.saferank.invalid");
        assertThat(inviteErrors(takenEmail)).containsExactly("EMAIL_TAKEN");

        assertThat(realm.user(username)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT account_user FROM agency WHERE id = ?", String.class, foreignAgency))
                .isNull();
    }

    @Test
    void inspectorsCannotInviteUsersNorListThem() {
        var response = post(INVITE, vars("input", invitation("INSPECTOR", null)), "quanzhou-inspector");

        assertThat(classification(response)).isEqualTo("FORBIDDEN");
        assertThat(classification(post(USERS, Map.of(), "quanzhou-inspector"))).isEqualTo("FORBIDDEN");
        assertThat(realm.user(username)).isEmpty();
    }

    @Test
    void anotherTenantsAdminCannotSeeOrDisableTheUsers() {
        JsonNode linyiUsers = data(post(USERS, Map.of(), "linyi-admin")).path("tenantUsers");
        assertThat(linyiUsers.findValuesAsString("username"))
                .contains("linyi-inspector")
                .doesNotContain("quanzhou-inspector");

        var foreign = post(DISABLE, Map.of("u", "quanzhou-inspector"), "linyi-admin");
        var missing = post(DISABLE, Map.of("u", "nobody-" + username), "linyi-admin");

        assertThat(classification(foreign)).isEqualTo("NOT_FOUND").isEqualTo(classification(missing));
        assertThat(foreign.body().path("errors").path(0).path("message").asString())
                .isEqualTo("未找到用户 quanzhou-inspector");
        assertThat(realm.user("quanzhou-inspector").orElseThrow().isEnabled()).isTrue();
    }

    @Test
    void disabledUserCannotSignInAnyMore() {
        data(post(INVITE, vars("input", invitation("INSPECTOR", null)), "quanzhou-admin"));
        realm.setPermanentPassword(username, "Signed-in-1");

        JsonNode disabled =
                data(post(DISABLE, Map.of("u", username), "quanzhou-admin")).path("disableUser");

        assertThat(disabled.path("user").toString()).isEqualTo("{\"username\":\"" + username + "\",\"enabled\":false}");
        assertThatThrownBy(() -> KeycloakTokens.accessToken("saferank-web", username, "Signed-in-1"))
                .hasMessageContaining("refused");
        JsonNode self = data(post(DISABLE, Map.of("u", "quanzhou-admin"), "quanzhou-admin"))
                .path("disableUser");
        assertThat(self.path("errors").findValuesAsString("code")).containsExactly("SELF_DISABLE");
    }

    private java.util.List<String> inviteErrors(Map<String, Object> input) {
        JsonNode payload =
                data(post(INVITE, vars("input", input), "quanzhou-admin")).path("inviteUser");
        assertThat(payload.path("user").isNull()).isTrue();
        return payload.path("errors").findValuesAsString("code");
    }

    private Map<String, Object> invitation(String role, Long agencyId) {
        var input = vars(
                "username",
                username,
                "email",
                username + "@it.saferank.invalid",
                "firstName",
                "测试",
                "lastName",
                "用户",
                "temporaryPassword",
                "Temporary-1",
                "role",
                role);
        if (agencyId != null) {
            input.put("agencyId", String.valueOf(agencyId));
        }
        return input;
    }

    private GraphQlHttp.Response post(String document, Map<String, ?> variables, String user) {
        return new GraphQlHttp(port).post(document, variables, KeycloakTokens.accessToken(user));
    }
}
