package dev.saferank.platform.tenant;

import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.graphql.UserError;
import dev.saferank.platform.security.Callers;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
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

    TenantController(Onboarding onboarding, TenantMapper tenants, Districts districts, Campaigns campaigns) {
        this.onboarding = onboarding;
        this.tenants = tenants;
        this.districts = districts;
        this.campaigns = campaigns;
    }

    @QueryMapping
    @PreAuthorize("hasRole('platform-admin')")
    List<TenantSummary> tenants() {
        return tenants.findAllTenants();
    }

    @MutationMapping
    @PreAuthorize("hasRole('platform-admin')")
    OnboardTenantPayload onboardTenant(@Argument Onboarding.OnboardTenantInput input, Authentication auth) {
        try {
            return new OnboardTenantPayload(
                    onboarding.onboard(input, Callers.require(auth).username()), List.of());
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
