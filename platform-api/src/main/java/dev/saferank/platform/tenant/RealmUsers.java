package dev.saferank.platform.tenant;

import dev.saferank.platform.graphql.InvalidInputException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.UsersResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.springframework.stereotype.Component;

/** The realm's users: created with a temporary password, disabled, removed again by compensation. */
@Component
class RealmUsers {

    private final Keycloak keycloak;
    private final KeycloakSettings settings;

    RealmUsers(Keycloak keycloak, KeycloakSettings settings) {
        this.keycloak = keycloak;
        this.settings = settings;
    }

    boolean usernameTaken(String username) {
        return users().searchByUsername(username, true).stream()
                .anyMatch(user -> username.equalsIgnoreCase(user.getUsername()));
    }

    /** The realm does not allow two users with one email address. */
    boolean emailTaken(String email) {
        return users().searchByEmail(email, true).stream().anyMatch(user -> email.equalsIgnoreCase(user.getEmail()));
    }

    /** Creates a user with a temporary password; returns its id. */
    String createUser(NewUser user) {
        var rep = new UserRepresentation();
        rep.setUsername(user.username());
        rep.setEmail(user.email());
        rep.setFirstName(user.firstName());
        rep.setLastName(user.lastName());
        rep.setEmailVerified(true);
        rep.setEnabled(true);
        var password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(user.temporaryPassword());
        password.setTemporary(true);
        rep.setCredentials(List.of(password));
        try (Response created = users().create(rep)) {
            if (created.getStatus() == 409) {
                // taken between validation and creation
                throw new InvalidInputException(null, "USERNAME_TAKEN", "用户名或电子邮箱已被使用");
            }
            if (created.getStatus() != 201) {
                throw new IdentityException("creating user " + user.username() + " answered " + created.getStatus());
            }
            return CreatedResponseUtil.getCreatedId(created);
        }
    }

    void disableUser(String userId) {
        UserRepresentation user = users().get(userId).toRepresentation();
        user.setEnabled(false);
        users().get(userId).update(user);
    }

    void deleteUser(String userId) {
        try {
            users().get(userId).remove();
        } catch (NotFoundException alreadyGone) {
            // the compensation's goal is reached
        }
    }

    private UsersResource users() {
        return keycloak.realm(settings.realm()).users();
    }
}
