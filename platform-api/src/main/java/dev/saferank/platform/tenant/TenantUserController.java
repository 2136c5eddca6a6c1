package dev.saferank.platform.tenant;

import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.graphql.UserError;
import dev.saferank.platform.security.Callers;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/** The users of the caller's tenant, for its bureau admins only. */
@Controller
class TenantUserController {

    record DisableUserInput(String username) {}

    record TenantUserPayload(TenantUser user, List<UserError> errors) {}

    private final TenantUsers users;

    TenantUserController(TenantUsers users) {
        this.users = users;
    }

    @QueryMapping
    @PreAuthorize("hasRole('bureau-admin')")
    List<TenantUser> tenantUsers(Authentication auth) {
        return users.of(Callers.tenant(auth));
    }

    @MutationMapping
    @PreAuthorize("hasRole('bureau-admin')")
    TenantUserPayload inviteUser(@Argument TenantUsers.InviteUserInput input, Authentication auth) {
        try {
            return new TenantUserPayload(users.invite(Callers.tenant(auth), input), List.of());
        } catch (InvalidInputException invalid) {
            return new TenantUserPayload(null, invalid.errors());
        }
    }

    @MutationMapping
    @PreAuthorize("hasRole('bureau-admin')")
    TenantUserPayload disableUser(@Argument DisableUserInput input, Authentication auth) {
        try {
            return new TenantUserPayload(
                    users.disable(
                            Callers.tenant(auth),
                            input.username(),
                            Callers.require(auth).username()),
                    List.of());
        } catch (InvalidInputException invalid) {
            return new TenantUserPayload(null, invalid.errors());
        }
    }
}
