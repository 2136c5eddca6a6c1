package dev.saferank.servers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The realm a deployment imports holds no person (SECURITY.md, Keycloak: no account with the published password
 * {@code demo}); the build's and the local run's import gets the demo users with their memberships.
 */
class RealmImportTest {

    private static final Path REALM = Path.of("../keycloak/realm-saferank.json");

    @TempDir
    Path dir;

    @Test
    void theRealmADeploymentImportsHoldsNoPersonAndNoPassword() throws IOException {
        JsonNode realm = read(REALM);
        List<String> users = new ArrayList<>();
        realm.path("users").forEach(u -> users.add(u.path("username").asString()));
        // the admin client's service account is part of the realm (it holds the roles onboarding needs), no one else
        assertThat(users).containsExactly("service-account-saferank-admin");
        realm.path("users").forEach(u -> assertThat(u.has("credentials")).isFalse());
        realm.path("organizations").forEach(o -> assertThat(o.path("members").isEmpty())
                .as("members of %s", o.path("alias").asString())
                .isTrue());
        assertThat(Files.readString(REALM)).doesNotContain("\"password\"");
    }

    @Test
    void theBuildsImportAddsTheDemoUsersToTheirOrganizationsAndGroups() throws IOException {
        Path merged = dir.resolve("realm.json");
        RealmImport.write(REALM, merged);
        JsonNode realm = read(merged);

        Set<String> users = new HashSet<>();
        realm.path("users").forEach(u -> users.add(u.path("username").asString()));
        // 5 cities × admin, inspector, agency + platform-admin + 8 county users + the service account
        assertThat(users).hasSize(15 + 1 + 8 + 1).contains("platform-admin", "quanzhou-fengze-admin", "foshan-agency");

        int members = 0;
        for (JsonNode organization : realm.path("organizations")) {
            Set<String> groups = new HashSet<>();
            organization.path("groups").forEach(g -> groups.add(g.path("id").asString()));
            for (JsonNode member : organization.path("members")) {
                members++;
                assertThat(users).contains(member.path("username").asString());
                member.path("groups").forEach(g -> assertThat(groups).contains(g.asString()));
            }
        }
        // 泉州 and 苏州: 3 city users + 4 county users each; 临沂, 莆田, 佛山: 3 each
        assertThat(members).isEqualTo(7 + 7 + 3 + 3 + 3);
    }

    @Test
    void aRealmWithoutDemoUsersBesideItIsImportedAsItIs() throws IOException {
        Path realm = dir.resolve("realm-saferank.json");
        Files.copy(REALM, realm);
        Path target = dir.resolve("import.json");
        RealmImport.write(realm, target);
        assertThat(Files.readString(target)).isEqualTo(Files.readString(REALM));
    }

    private static JsonNode read(Path file) throws IOException {
        return JsonMapper.builder().build().readTree(Files.readString(file));
    }
}
