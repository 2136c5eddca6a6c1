package dev.saferank.platform.tenant;

import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.graphql.NotFoundException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The users of a tenant: members of its Keycloak organization. A bureau admin invites inspectors
 * and agency accounts (an agency account is linked to its agency) and disables users; it never
 * reaches a user outside its organization.
 */
@Service
class TenantUsers {

    /** An invitation; {@code agencyId} only for an agency account. */
    record InviteUserInput(
            String username,
            String email,
            String firstName,
            String lastName,
            String temporaryPassword,
            TenantRole role,
            Long agencyId) {

        NewUser user() {
            return new NewUser(username, email, firstName, lastName, temporaryPassword);
        }
    }

    private final Organizations organizations;
    private final RealmUsers users;
    private final TenantMapper mapper;

    TenantUsers(Organizations organizations, RealmUsers users, TenantMapper mapper) {
        this.organizations = organizations;
        this.users = users;
        this.mapper = mapper;
    }

    List<TenantUser> of(String tenant) {
        return organizations.members(organizationId(tenant)).stream()
                .sorted(Comparator.comparing(TenantUser::username))
                .toList();
    }

    TenantUser invite(String tenant, InviteUserInput input) {
        validate(tenant, input);
        String organizationId = organizationId(tenant);
        String userId = users.createUser(input.user());
        try {
            organizations.addMember(organizationId, userId, input.role());
            if (input.role() == TenantRole.AGENCY_USER
                    && mapper.linkAgencyAccount(tenant, input.agencyId(), input.username()) == 0) {
                throw new InvalidInputException("input.agencyId", "AGENCY_HAS_ACCOUNT", "该机构已有账号");
            }
        } catch (RuntimeException failed) {
            users.deleteUser(userId);
            throw failed;
        }
        return new TenantUser(input.username(), input.email(), input.firstName(), input.lastName(), input.role(), true);
    }

    TenantUser disable(String tenant, String username, String actor) {
        if (username != null && username.equalsIgnoreCase(actor)) {
            throw new InvalidInputException("input.username", "SELF_DISABLE", "不能停用自己的账号");
        }
        if (username == null || username.isBlank() || username.length() > 255) {
            // no such user can exist (Keycloak keeps at most 255 characters); asking Keycloak with a
            // name of kilobytes is answered 414, which surfaced as an internal error
            throw new NotFoundException("用户");
        }
        String organizationId = organizationId(tenant);
        String userId = Optional.ofNullable(username)
                .flatMap(name -> organizations.memberId(organizationId, name))
                .orElseThrow(() -> new NotFoundException("用户 " + username));
        users.disableUser(userId);
        return organizations.members(organizationId).stream()
                .filter(user -> user.username().equalsIgnoreCase(username))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("用户 " + username));
    }

    private void validate(String tenant, InviteUserInput input) {
        var checks = new Checks();
        checks.user("input", input.user());
        if (input.role() == null || input.role() == TenantRole.BUREAU_ADMIN) {
            checks.fail("input.role", "INVALID_ROLE", "只能邀请检查员（INSPECTOR）或机构账号（AGENCY_USER）");
        } else if (input.role() == TenantRole.AGENCY_USER) {
            checkAgency(checks, tenant, input.agencyId());
        } else if (input.agencyId() != null) {
            checks.fail("input.agencyId", "AGENCY_NOT_ALLOWED", "检查员账号不关联机构");
        }
        checks.throwIfAny();
        if (users.usernameTaken(input.username())) {
            checks.fail("input.username", "USERNAME_TAKEN", "用户名 " + input.username() + " 已被使用");
        }
        if (users.emailTaken(input.email())) {
            checks.fail("input.email", "EMAIL_TAKEN", "电子邮箱 " + input.email() + " 已被其他用户使用");
        }
        checks.throwIfAny();
    }

    private void checkAgency(Checks checks, String tenant, Long agencyId) {
        if (agencyId == null) {
            checks.fail("input.agencyId", "REQUIRED", "机构账号须关联一家机构");
            return;
        }
        mapper.findAgencyAccount(tenant, agencyId)
                .ifPresentOrElse(
                        agency -> {
                            if (agency.accountUser() != null) {
                                checks.fail("input.agencyId", "AGENCY_HAS_ACCOUNT", "该机构已有账号 " + agency.accountUser());
                            }
                        },
                        () -> checks.fail("input.agencyId", "AGENCY_NOT_FOUND", "未找到机构 " + agencyId));
    }

    private String organizationId(String tenant) {
        return mapper.findTenant(tenant)
                .map(TenantSummary::organizationId)
                .or(() -> organizations.idOf(tenant))
                .orElseThrow(() -> new IdentityException("no organization for tenant " + tenant));
    }
}
