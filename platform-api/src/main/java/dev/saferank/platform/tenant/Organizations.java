package dev.saferank.platform.tenant;

import dev.saferank.platform.graphql.InvalidInputException;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.OrganizationResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.springframework.stereotype.Component;

/**
 * The Keycloak side of tenants: one organization per tenant (alias = tenant id) with the groups
 * bureau-admin, inspector and agency-user, each carrying the realm role of its name (the way the
 * realm import does it, infra/keycloak/README.md). Keycloak is not transactional: callers undo
 * what they created when a later step fails.
 */
@Component
class Organizations {

    private static final int PAGE = 100;

    private final Keycloak keycloak;
    private final KeycloakSettings settings;
    private final Map<String, Map<TenantRole, String>> groupIds = new ConcurrentHashMap<>();

    Organizations(Keycloak keycloak, KeycloakSettings settings) {
        this.keycloak = keycloak;
        this.settings = settings;
    }

    /**
     * The organization whose alias is the tenant id. Organization search does not search aliases,
     * so organizations carry the attribute {@code tenant}; an organization without it is found by
     * listing.
     */
    Optional<String> idOf(String alias) {
        var byAttribute = realm().organizations().searchByAttribute("tenant:" + alias).stream()
                .filter(org -> alias.equals(org.getAlias()))
                .findFirst();
        if (byAttribute.isPresent()) {
            return byAttribute.map(OrganizationRepresentation::getId);
        }
        for (int first = 0; ; first += PAGE) {
            List<OrganizationRepresentation> page = realm().organizations().list(first, PAGE);
            var match =
                    page.stream().filter(org -> alias.equals(org.getAlias())).findFirst();
            if (match.isPresent() || page.size() < PAGE) {
                return match.map(OrganizationRepresentation::getId);
            }
        }
    }

    /** Creates the organization and its three role groups; returns the organization id. */
    String createOrganization(String alias, String name) {
        var org = new OrganizationRepresentation();
        org.setAlias(alias);
        org.setName(name);
        org.setEnabled(true);
        org.setDescription(name + " (tenant " + alias + ")");
        org.singleAttribute("tenant", alias);
        String id;
        try (Response response = realm().organizations().create(org)) {
            if (response.getStatus() == 409) {
                // onboarded concurrently since validation: the alias is unique in Keycloak
                throw new InvalidInputException("input.id", "TENANT_EXISTS", "城市标识 " + alias + " 已被使用");
            }
            id = created(response, "organization " + alias);
        }
        try {
            for (TenantRole role : TenantRole.values()) {
                var group = new GroupRepresentation();
                group.setName(role.group());
                String groupId = created(organization(id).groups().addTopLevelGroup(group), "group " + role.group());
                // the service client may not read realm roles (no view-realm): the group lists them
                var mappings = organization(id).groups().group(groupId).roles().realmLevel();
                var realmRole = mappings.listAvailable().stream()
                        .filter(available -> role.group().equals(available.getName()))
                        .findFirst()
                        .orElseThrow(() -> new IdentityException("realm role " + role.group() + " missing"));
                mappings.add(List.of(realmRole));
            }
        } catch (RuntimeException failed) {
            deleteOrganization(id);
            throw failed;
        }
        return id;
    }

    /** Makes the user a member of the organization and of the group of its role. */
    void addMember(String organizationId, String userId, TenantRole role) {
        try (Response added = organization(organizationId).members().addMember(userId)) {
            if (added.getStatus() / 100 != 2) {
                throw new IdentityException("adding member answered " + added.getStatus());
            }
        }
        organization(organizationId)
                .groups()
                .group(groupId(organizationId, role))
                .addMember(userId);
    }

    /**
     * The organization's members with the role of their group; members without a role are left out.
     * The three groups are read side by side (each a request to Keycloak; one after the other they
     * made the console's users page wait 0.4–1 s), in Keycloak's brief representation: it carries
     * the username, names, email and enabled flag this needs, without each member's attributes and
     * credential details (measured at load 25–30: about half the time of the full one, ~300 against
     * ~580 ms median per group).
     */
    List<TenantUser> members(String organizationId) {
        try (var reads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<List<TenantUser>>> groups = groupIds(organizationId).entrySet().stream()
                    .map(group -> reads.submit(() -> members(organizationId, group.getKey(), group.getValue())))
                    .toList();
            List<TenantUser> users = new ArrayList<>();
            for (Future<List<TenantUser>> group : groups) {
                users.addAll(result(group));
            }
            return users;
        }
    }

    private List<TenantUser> members(String organizationId, TenantRole role, String groupId) {
        return organization(organizationId).groups().group(groupId).getMembers(0, 1000, true).stream()
                .map(member -> new TenantUser(
                        member.getUsername(),
                        member.getEmail(),
                        member.getFirstName(),
                        member.getLastName(),
                        role,
                        Boolean.TRUE.equals(member.isEnabled())))
                .toList();
    }

    private static <T> T result(Future<T> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IdentityException("reading members failed: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IdentityException("interrupted while reading members");
        }
    }

    /** The id of a member of the organization, by exact username. */
    Optional<String> memberId(String organizationId, String username) {
        return organization(organizationId).members().search(username, true, 0, 2).stream()
                .filter(member -> username.equalsIgnoreCase(member.getUsername()))
                .map(UserRepresentation::getId)
                .findFirst();
    }

    void deleteOrganization(String organizationId) {
        groupIds.remove(organizationId);
        try (Response deleted = organization(organizationId).delete()) {
            if (deleted.getStatus() / 100 != 2 && deleted.getStatus() != 404) {
                throw new IdentityException("deleting organization answered " + deleted.getStatus());
            }
        }
    }

    private String groupId(String organizationId, TenantRole role) {
        return Optional.ofNullable(groupIds(organizationId).get(role))
                .orElseThrow(() -> new IdentityException("organization has no group " + role.group()));
    }

    /** The ids of the organization's role groups: made at onboarding and never changed, so kept once read. */
    private Map<TenantRole, String> groupIds(String organizationId) {
        Map<TenantRole, String> known = groupIds.get(organizationId);
        if (known != null) {
            return known;
        }
        Map<TenantRole, String> ids = new EnumMap<>(TenantRole.class);
        List<GroupRepresentation> groups =
                organization(organizationId).groups().getAll(null, null, null, 0, PAGE, true, false);
        for (TenantRole role : TenantRole.values()) {
            groups.stream()
                    .filter(group -> role.group().equals(group.getName()))
                    .findFirst()
                    .ifPresent(group -> ids.put(role, group.getId()));
        }
        if (ids.size() == TenantRole.values().length) {
            groupIds.put(organizationId, ids);
        }
        return ids;
    }

    private OrganizationResource organization(String id) {
        return realm().organizations().get(id);
    }

    private RealmResource realm() {
        return keycloak.realm(settings.realm());
    }

    private static String created(Response response, String what) {
        try (response) {
            if (response.getStatus() != 201) {
                throw new IdentityException("creating " + what + " answered " + response.getStatus());
            }
            return CreatedResponseUtil.getCreatedId(response);
        }
    }
}
