package dev.saferank.platform.tenant;

import dev.saferank.platform.GraphQlHttp;
import dev.saferank.servers.TestServers;
import java.util.Map;
import java.util.Optional;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the tests check and arrange in Keycloak, with the bootstrap admin (not the API's service
 * client, so that the checks do not share the code under test).
 */
final class RealmAdmin implements AutoCloseable {

    private final Keycloak keycloak =
            Keycloak.getInstance(TestServers.endpoints().keycloakUrl(), "master", "admin", "admin", "admin-cli");

    Optional<UserRepresentation> user(String username) {
        return keycloak.realm("saferank").users().searchByUsername(username, true).stream()
                .findFirst();
    }

    Optional<OrganizationRepresentation> organization(String alias) {
        return keycloak.realm("saferank").organizations().getAll().stream()
                .filter(org -> alias.equals(org.getAlias()))
                .findFirst();
    }

    /** An organization made outside the API, e.g. by hand in the admin console. */
    void createOrganization(String alias) {
        var org = new OrganizationRepresentation();
        org.setAlias(alias);
        org.setName("手工创建 " + alias);
        keycloak.realm("saferank").organizations().create(org).close();
    }

    /** Replaces a new user's temporary password with a permanent one, so that a test can sign in. */
    void setPermanentPassword(String username, String password) {
        var credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(password);
        credential.setTemporary(false);
        keycloak.realm("saferank")
                .users()
                .get(user(username).orElseThrow().getId())
                .resetPassword(credential);
    }

    /** Removes what a test onboarded, so that the shared realm does not fill up. */
    void remove(String alias, String username) {
        organization(alias).ifPresent(org -> keycloak.realm("saferank")
                .organizations()
                .get(org.getId())
                .delete()
                .close());
        user(username)
                .ifPresent(user ->
                        keycloak.realm("saferank").users().get(user.getId()).remove());
    }

    void removeUser(String username) {
        user(username)
                .ifPresent(user ->
                        keycloak.realm("saferank").users().get(user.getId()).remove());
    }

    @Override
    public void close() {
        keycloak.close();
    }

    /** The data of a GraphQL answer that must have no errors. */
    static JsonNode data(GraphQlHttp.Response response) {
        if (!response.body().path("errors").isMissingNode()) {
            throw new AssertionError("errors: " + response.body().path("errors"));
        }
        return response.body().path("data");
    }

    /** The classification of the first error of an answer. */
    static String classification(GraphQlHttp.Response response) {
        return response.body()
                .path("errors")
                .path(0)
                .path("extensions")
                .path("classification")
                .asString();
    }

    static String json(Object value) {
        return JsonMapper.shared().writeValueAsString(value);
    }

    static Map<String, Object> vars(Object... keysAndValues) {
        var map = new java.util.LinkedHashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
