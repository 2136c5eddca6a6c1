package dev.saferank.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.GraphQlHttp;
import dev.saferank.platform.KeycloakTokens;
import dev.saferank.platform.RealServersTest;
import dev.saferank.platform.complaint.PublicHttp;
import dev.saferank.rating.audit.AuditAction;
import dev.saferank.rating.audit.AuditEvent;
import dev.saferank.rating.audit.AuditTrail;
import dev.saferank.servers.TestServers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.UserRepresentation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The audit as its readers use it, over HTTP with Keycloak tokens: privileged actions done through the API
 * are recorded with actor, tenant, time, client address and target; a bureau admin reads, exports and
 * verifies only its own tenant's chain (asking for another tenant's is refused), the platform admin reads
 * every tenant's, nobody else reads any; sign-in failures and user management in Keycloak are pulled in.
 * The cities used here (莆田, 临沂) get audit records from other tests too: assertions look for this test's
 * own records, never at counts of a whole chain.
 */
@RealServersTest
class AuditLogIT {

    private static final String LOG =
            """
            query($filter: AuditFilter, $limit: Int) { auditLog(filter: $filter, limit: $limit) {
              total records { tenant seq actor clientAddress action actionLabel targetType targetId
                details { key value } prevHash hash } } }""";
    private static final String VERIFY = "{ verifyAudit { tenant intact recordsChecked problem headHash } }";

    @LocalServerPort
    int port;

    @Autowired
    AuditTrail trail;

    @Autowired
    KeycloakEvents keycloakEvents;

    private final String marker = "it-audit-" + Long.toString(System.nanoTime(), 36);

    private GraphQlHttp.Response post(String document, Map<String, ?> variables, String user) {
        return new GraphQlHttp(port).post(document, variables, KeycloakTokens.accessToken(user));
    }

    private JsonNode records(String user, Map<String, Object> filter) {
        var response = post(LOG, Map.of("filter", filter, "limit", 200), user);
        assertThat(response.body().path("errors").isMissingNode())
                .as(response.body().toString())
                .isTrue();
        return response.body().path("data").path("auditLog").path("records");
    }

    @Test
    void aBureauAdminReadsOnlyItsOwnTenantsAudit() {
        trail.record(AuditEvent.of("putian", "putian-admin", "10.1.1.1", AuditAction.EXPORTED, "export", marker));
        trail.record(AuditEvent.of("linyi", "linyi-admin", "10.2.2.2", AuditAction.EXPORTED, "export", marker));

        // 莆田's admin: its own record only, even when filtering by the other city's target
        JsonNode putian = records("putian-admin", Map.of("targetId", marker));
        assertThat(putian.size()).isEqualTo(1);
        assertThat(putian.get(0).path("tenant").asString()).isEqualTo("putian");
        assertThat(putian.get(0).path("clientAddress").asString()).isEqualTo("10.1.1.1");
        assertThat(putian.get(0).path("actionLabel").asString()).isEqualTo("导出数据");
        JsonNode everything = records("putian-admin", Map.of());
        for (JsonNode r : everything) {
            assertThat(r.path("tenant").asString()).isEqualTo("putian");
        }

        // naming another tenant is refused, not answered with nothing
        var foreign = post(LOG, Map.of("filter", Map.of("tenant", "linyi")), "putian-admin");
        assertThat(foreign.body()
                        .path("errors")
                        .get(0)
                        .path("extensions")
                        .path("classification")
                        .asString())
                .isEqualTo("FORBIDDEN");
        assertThat(foreign.body().toString()).doesNotContain("10.2.2.2");

        // the platform admin reads both, or one city's
        JsonNode both = records("platform-admin", Map.of("targetId", marker));
        assertThat(both.findValuesAsString("tenant")).containsExactlyInAnyOrder("putian", "linyi");
        JsonNode linyi = records("platform-admin", Map.of("targetId", marker, "tenant", "linyi"));
        assertThat(linyi.findValuesAsString("tenant")).containsExactly("linyi");

        // an inspector, an agency user and an anonymous caller read none
        for (String user : List.of("putian-inspector", "putian-agency")) {
            var refused = post(LOG, Map.of(), user);
            assertThat(refused.body().path("data").path("auditLog").isNull()
                            || refused.body().path("data").isNull())
                    .isTrue();
            assertThat(refused.body().toString()).contains("FORBIDDEN").doesNotContain(marker);
        }
        var anonymous = new GraphQlHttp(port).post(LOG, Map.of(), null);
        assertThat(anonymous.body().toString()).doesNotContain(marker);
    }

    @Test
    void userManagementThroughTheApiIsRecordedWithActorAddressAndTarget() {
        String username = marker.replace("it-audit-", "it-aud-");
        var invite = post(
                """
                mutation($input: InviteUserInput!) { inviteUser(input: $input) { user { username } errors { code } } }""",
                Map.of(
                        "input",
                        Map.of(
                                "username", username,
                                "email", username + "@example.com",
                                "firstName", "检",
                                "lastName", "查",
                                "temporaryPassword", "Temp-pass-1",
                                "role", "INSPECTOR")),
                "putian-admin");
        assertThat(invite.body().path("data").path("inviteUser").path("errors").size())
                .as(invite.body().toString())
                .isZero();
        try {
            var disable = post(
                    "mutation($u: String!) { disableUser(input: {username: $u}) { errors { code } } }",
                    Map.of("u", username),
                    "putian-admin");
            assertThat(disable.body()
                            .path("data")
                            .path("disableUser")
                            .path("errors")
                            .size())
                    .isZero();

            JsonNode recorded = records("putian-admin", Map.of("targetType", "user", "targetId", username));
            assertThat(recorded.findValuesAsString("action")).containsExactly("USER_DISABLED", "USER_INVITED");
            for (JsonNode r : recorded) {
                assertThat(r.path("actor").asString()).isEqualTo("putian-admin");
                assertThat(r.path("clientAddress").asString()).isEqualTo("127.0.0.1");
                assertThat(r.path("tenant").asString()).isEqualTo("putian");
            }
            assertThat(recorded.get(1).path("details").toString()).contains("INSPECTOR");
            // the newer record links to the older one
            assertThat(recorded.get(0).path("seq").asLong())
                    .isGreaterThan(recorded.get(1).path("seq").asLong());
        } finally {
            try (Keycloak admin = Keycloak.getInstance(
                    TestServers.endpoints().keycloakUrl(), "master", "admin", "admin", "admin-cli")) {
                admin.realm("saferank").users().search(username, true).forEach(u -> admin.realm("saferank")
                        .users()
                        .delete(u.getId())
                        .close());
            }
        }
    }

    @Test
    void signInFailuresAndKeycloakUserManagementArePulledIntoTheAudit() throws Exception {
        // a wrong password for 临沂's inspector at Keycloak's token endpoint
        String form = "grant_type=password&client_id=saferank-web&username=linyi-inspector&password=wrong-" + marker;
        var refused = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        TestServers.endpoints().issuerUri() + "/protocol/openid-connect/token"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        // Keycloak answers a wrong password of the password grant with 400 invalid_grant
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("invalid_grant");
        // a user created in Keycloak's own admin console (not through the API)
        String username = marker.replace("it-audit-", "it-kc-");
        try (Keycloak admin =
                Keycloak.getInstance(TestServers.endpoints().keycloakUrl(), "master", "admin", "admin", "admin-cli")) {
            var user = new UserRepresentation();
            user.setUsername(username);
            user.setEnabled(true);
            admin.realm("saferank").users().create(user).close();
            try {
                keycloakEvents.pull();

                JsonNode failures =
                        records("linyi-admin", Map.of("action", "SIGN_IN_FAILED", "actor", "linyi-inspector"));
                assertThat(failures.size()).isPositive();
                assertThat(failures.get(0).path("tenant").asString()).isEqualTo("linyi");
                assertThat(failures.get(0).path("clientAddress").asString()).isEqualTo("127.0.0.1");
                assertThat(failures.get(0).path("details").toString()).contains("invalid_user_credentials");

                // the new user is in no organization: the platform's chain, read by the platform admin
                JsonNode created = records("platform-admin", Map.of("tenant", "", "action", "USER_ADMINISTERED"));
                assertThat(created.toString()).contains("\"operation\"").contains("CREATE");
                assertThat(created.findValuesAsString("targetType")).contains("USER");

                // pulled once: a second pull records nothing again
                long before = trail.count(new dev.saferank.rating.audit.AuditQuery(
                        "linyi", "linyi-inspector", "SIGN_IN_FAILED", null, null, null, null));
                keycloakEvents.pull();
                assertThat(trail.count(new dev.saferank.rating.audit.AuditQuery(
                                "linyi", "linyi-inspector", "SIGN_IN_FAILED", null, null, null, null)))
                        .isEqualTo(before);
            } finally {
                admin.realm("saferank").users().search(username, true).forEach(u -> admin.realm("saferank")
                        .users()
                        .delete(u.getId())
                        .close());
            }
        }
    }

    @Test
    void aBureauAdminExportsAndVerifiesItsChain() throws Exception {
        trail.record(AuditEvent.of("putian", "putian-admin", "10.3.3.3", AuditAction.EXPORTED, "export", marker)
                .with("rows", 3));
        var csv = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://127.0.0.1:" + port + "/exports/audit.csv?targetId=" + marker))
                                .header("Authorization", "Bearer " + KeycloakTokens.accessToken("putian-admin"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(csv.statusCode()).isEqualTo(200);
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).isEqualTo("\uFEFF" + AuditExportController.HEADER);
        assertThat(lines).hasSize(2);
        assertThat(lines[1])
                .contains(",putian,")
                .contains("10.3.3.3")
                .contains("导出数据")
                .contains("rows=3");
        // the export itself is recorded
        assertThat(records("putian-admin", Map.of("action", "AUDIT_EXPORTED")).toString())
                .contains(marker);

        // another tenant's export is refused
        var foreign = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create("http://127.0.0.1:" + port + "/exports/audit.csv?tenant=linyi"))
                                .header("Authorization", "Bearer " + KeycloakTokens.accessToken("putian-admin"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(foreign.statusCode()).isEqualTo(403);

        JsonNode verified =
                post(VERIFY, Map.of(), "putian-admin").body().path("data").path("verifyAudit");
        assertThat(verified.size()).isEqualTo(1);
        assertThat(verified.get(0).path("tenant").asString()).isEqualTo("putian");
        assertThat(verified.get(0).path("intact").asBoolean()).isTrue();
        assertThat(verified.get(0).path("recordsChecked").asLong()).isPositive();
        JsonNode all =
                post(VERIFY, Map.of(), "platform-admin").body().path("data").path("verifyAudit");
        assertThat(all.findValuesAsString("tenant")).contains("putian", "linyi");
    }

    @Test
    void refusedPrivilegedChangesAreRecordedWithActorTenantAddressTargetAndOutcome() throws Exception {
        String inspectorAddress = PublicHttp.uniqueAddress();
        String anonymousAddress = PublicHttp.uniqueAddress();
        var http = new GraphQlHttp(port);

        // 莆田's inspector tries to disable a user (bureau admins only), naming the user
        var forbidden = http.from(inspectorAddress)
                .post(
                        "mutation($u: String!) { disableUser(input: {username: $u}) { errors { code } } }",
                        Map.of("u", marker),
                        KeycloakTokens.accessToken("putian-inspector"));
        assertThat(forbidden.body().toString()).contains("FORBIDDEN").contains("无权执行此操作");
        // … and to import a sheet of agencies (a POST the web security refuses by role)
        String boundary = "----" + marker;
        String multipart =
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.xlsx\"\r\n"
                        + "Content-Type: application/octet-stream\r\n\r\nx\r\n--" + boundary + "--\r\n";
        var upload = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/imports/agencies"))
                                .header("Authorization", "Bearer " + KeycloakTokens.accessToken("putian-inspector"))
                                .header("X-Forwarded-For", inspectorAddress)
                                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                .POST(HttpRequest.BodyPublishers.ofString(multipart))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(upload.statusCode()).isEqualTo(403);
        // somebody without a token tries to start a rating
        var anonymous = http.from(anonymousAddress)
                .post("mutation { startRating(input: {year: 2023, reason: \"越权测试\"}) { errors { code } } }", null);
        assertThat(anonymous.body().toString()).contains("UNAUTHORIZED").contains("请先登录");
        // a refused field inside a query is no privileged change: not recorded
        http.from(inspectorAddress).post("{ auditActions { code } }", KeycloakTokens.accessToken("putian-inspector"));

        // 莆田's admin sees its inspector's attempts in its own chain: who, from where, what, refused
        JsonNode refused = records("putian-admin", Map.of("action", "ACCESS_REFUSED", "actor", "putian-inspector"));
        List<JsonNode> mine = new java.util.ArrayList<>();
        refused.forEach(r -> {
            if (r.path("clientAddress").asString().equals(inspectorAddress)) {
                mine.add(r);
            }
        });
        assertThat(mine).hasSize(2);
        JsonNode upload0 = mine.get(0);
        JsonNode disable = mine.get(1);
        assertThat(disable.path("tenant").asString()).isEqualTo("putian");
        assertThat(disable.path("actionLabel").asString()).isEqualTo("越权操作被拒绝");
        assertThat(disable.path("targetType").asString()).isEqualTo("mutation");
        assertThat(disable.path("targetId").asString()).isEqualTo("disableUser");
        assertThat(details(disable))
                .containsEntry("outcome", "refused")
                .containsEntry("reason", "无权执行此操作")
                .containsEntry("roles", "inspector");
        assertThat(upload0.path("targetType").asString()).isEqualTo("http");
        assertThat(upload0.path("targetId").asString()).isEqualTo("POST /imports/agencies");
        assertThat(details(upload0)).containsEntry("outcome", "refused");
        // the records are links of the tenant's chain like every other
        JsonNode verified =
                post(VERIFY, Map.of(), "putian-admin").body().path("data").path("verifyAudit");
        assertThat(verified.get(0).path("intact").asBoolean()).isTrue();

        // the anonymous attempt is in the platform's chain, which the platform admin reads
        JsonNode platform =
                records("platform-admin", Map.of("tenant", "", "action", "ACCESS_REFUSED", "targetId", "startRating"));
        JsonNode attempt = null;
        for (JsonNode r : platform) {
            if (r.path("clientAddress").asString().equals(anonymousAddress)) {
                attempt = r;
            }
        }
        assertThat(attempt).as(platform.toString()).isNotNull();
        assertThat(attempt.path("actor").asString()).isEqualTo("anonymous");
        assertThat(details(attempt)).containsEntry("outcome", "refused").containsEntry("reason", "请先登录");
        // 莆田's admin does not see it
        assertThat(records("putian-admin", Map.of("action", "ACCESS_REFUSED")).toString())
                .doesNotContain(anonymousAddress);
    }

    private static Map<String, String> details(JsonNode record) {
        Map<String, String> details = new java.util.HashMap<>();
        record.path("details")
                .forEach(d ->
                        details.put(d.path("key").asString(), d.path("value").asString()));
        return details;
    }
}
