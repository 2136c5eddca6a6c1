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
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/**
 * Tenants over GraphQL: the platform admin onboards and lists them (and never reaches their data);
 * a tenant's users read their own tenant.
 */
@Controller
class TenantController {

    record OnboardTenantPayload(TenantSummary tenant, List<UserError> errors) {}

    /** The caller's own tenant (GraphQL type {@code Tenant}). */
    record OwnTenant(String id, String name) {}

    private final Onboarding onboarding;
    private final TenantMapper tenants;
    private final Districts districts;
    private final Campaigns campaigns;
    private final Auditing auditing;

    TenantController(
            Onboarding onboarding, TenantMapper tenants, Districts districts, Campaigns campaigns, Auditing auditing) {
        this.onboarding = onboarding;
        this.tenants = tenants;
        this.districts = districts;
        this.campaigns = campaigns;
        this.auditing = auditing;
    }

    @QueryMapping
    @PreAuthorize("hasRole('platform-admin')")
    List<TenantSummary> tenants() {
        return tenants.findAllTenants();
    }

    @MutationMapping
    @PreAuthorize("hasRole('platform-admin')")
    OnboardTenantPayload onboardTenant(
            @Argument Onboarding.OnboardTenantInput input,
            Authentication auth,
            @ContextValue(name = Auditing.CLIENT_ADDRESS, required = false) String clientAddress) {
        try {
            TenantSummary onboarded =
                    onboarding.onboard(input, Callers.require(auth).username());
            // Keycloak's organization and first admin exist now, outside our transaction: recorded right after
            auditing.record(
                    auth,
                    clientAddress,
                    AuditAction.TENANT_ONBOARDED,
                    "tenant",
                    onboarded.id(),
                    Map.of("name", onboarded.name()));
            return new OnboardTenantPayload(onboarded, List.of());
        } catch (InvalidInputException invalid) {
            return new OnboardTenantPayload(null, invalid.errors());
        }
    }

    @QueryMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector', 'agency-user')")
    OwnTenant tenant(Authentication auth) {
        String tenant = Callers.tenant(auth);
        return tenants.findTenant(tenant)
                .map(found -> new OwnTenant(found.id(), found.name()))
                .orElse(new OwnTenant(tenant, tenant));
    }

    @SchemaMapping(typeName = "Tenant")
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector')")
    List<District> districts(OwnTenant tenant, Authentication auth) {
        return districts.of(Callers.tenant(auth));
    }

    @SchemaMapping(typeName = "Tenant")
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector', 'agency-user')")
    Campaign campaign(OwnTenant tenant, @Argument int year, Authentication auth) {
        return campaigns.of(Callers.tenant(auth), year).orElse(null);
    }

    @SchemaMapping(typeName = "Tenant")
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector', 'agency-user')")
    List<Campaign> campaigns(OwnTenant tenant, Authentication auth) {
        return campaigns.of(Callers.tenant(auth));
    }
}
