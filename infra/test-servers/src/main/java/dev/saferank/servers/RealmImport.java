package dev.saferank.servers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The realm file Keycloak imports for the build's tests and the local demo run: {@code realm-saferank.json}
 * (the realm as a deployment imports it: roles, clients, organizations, the admin client's service account,
 * no person) with the demo users of {@code demo-users.json} beside it added, and their organization
 * memberships put into the organizations they name. The deploy examples import the realm file alone, so no
 * account with the published password {@code demo} exists there (SECURITY.md, Keycloak).
 */
public final class RealmImport {

    /** The demo users' file, beside the realm file. */
    public static final String DEMO_USERS = "demo-users.json";

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private RealmImport() {}

    /**
     * Writes the realm to import to {@code target}: the realm file with the demo users beside it merged in,
     * or the realm file as it is when it has none beside it.
     */
    public static void write(Path realmFile, Path target) throws IOException {
        Path demo = realmFile.resolveSibling(DEMO_USERS);
        if (!Files.isRegularFile(demo)) {
            Files.copy(realmFile, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return;
        }
        ObjectNode realm = (ObjectNode) JSON.readTree(Files.readString(realmFile));
        JsonNode users = JSON.readTree(Files.readString(demo));
        ArrayNode realmUsers = realm.has("users") ? (ArrayNode) realm.get("users") : realm.putArray("users");
        users.path("users").forEach(realmUsers::add);
        for (JsonNode membership : users.path("organizations")) {
            String alias = membership.path("alias").asString();
            ObjectNode organization = organization(realm, alias)
                    .orElseThrow(() -> new IllegalStateException(DEMO_USERS + " names the organization " + alias
                            + ", which " + realmFile + " does not have"));
            ArrayNode members = organization.has("members")
                    ? (ArrayNode) organization.get("members")
                    : organization.putArray("members");
            membership.path("members").forEach(members::add);
        }
        Files.writeString(target, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(realm));
    }

    private static java.util.Optional<ObjectNode> organization(ObjectNode realm, String alias) {
        for (JsonNode organization : realm.path("organizations")) {
            if (alias.equals(organization.path("alias").asString())) {
                return java.util.Optional.of((ObjectNode) organization);
            }
        }
        return java.util.Optional.empty();
    }
}
