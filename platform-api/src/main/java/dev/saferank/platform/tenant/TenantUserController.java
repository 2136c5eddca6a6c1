package dev.saferank.platform.tenant;

import dev.saferank.platform.audit.Auditing;
import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.graphql.UserError;
import dev.saferank.platform.security.Callers;
import dev.saferank.rating.audit.AuditAction;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
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
    private final Auditing auditing;

    TenantUserController(TenantUsers users, Auditing auditing) {
        this.users = users;
        this.auditing = auditing;
    }

    @QueryMapping
    @PreAuthorize("hasRole('bureau-admin')")
    List<TenantUser> tenantUsers(Authentication auth) {
        return users.of(Callers.tenant(auth));
    }

    @MutationMapping
    @PreAuthorize("hasRole('bureau-admin')")
    TenantUserPayload inviteUser(
            @Argument TenantUsers.InviteUserInput input,
            Authentication auth,
            @ContextValue(name = Auditing.CLIENT_ADDRESS, required = false) String clientAddress) {
        try {
            TenantUser invited = users.invite(Callers.tenant(auth), input);
            // the user exists in Keycloak now, outside any transaction of ours: recorded right after
            auditing.record(
                    auth,
                    clientAddress,
                    AuditAction.USER_INVITED,
                    "user",
                    invited.username(),
                    Map.of("role", input.role().name(), "agencyId", String.valueOf(input.agencyId())));
            return new TenantUserPayload(invited, List.of());
        } catch (InvalidInputException invalid) {
            return new TenantUserPayload(null, invalid.errors());
        }
    }

    @MutationMapping
    @PreAuthorize("hasRole('bureau-admin')")
    TenantUserPayload disableUser(
            @Argument DisableUserInput input,
            Authentication auth,
            @ContextValue(name = Auditing.CLIENT_ADDRESS, required = false) String clientAddress) {
        try {
            TenantUser disabled = users.disable(
                    Callers.tenant(auth),
                    input.username(),
                    Callers.require(auth).username());
            auditing.record(auth, clientAddress, AuditAction.USER_DISABLED, "user", disabled.username(), Map.of());
            return new TenantUserPayload(disabled, List.of());
        } catch (InvalidInputException invalid) {
            return new TenantUserPayload(null, invalid.errors());
        }
    }
}
