package dev.saferank.platform.tenant;

import dev.saferank.platform.scheme.Schemes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The database part of onboarding, in one transaction: the tenant row and its first scheme (none when blank). */
@Service
class TenantSetup {

    private final TenantMapper tenants;
    private final Schemes schemes;

    TenantSetup(TenantMapper tenants, Schemes schemes) {
        this.tenants = tenants;
        this.schemes = schemes;
    }

    @Transactional
    TenantSummary store(String id, String name, String organizationId, String source, Integer year, String actor) {
        tenants.insertTenant(id, name, organizationId, actor);
        if (source == null) {
            return tenants.findTenant(id).orElseThrow();
        }
        var version = schemes.upload(id, source, actor);
        schemes.activate(id, year, version.version(), actor);
        return tenants.findTenant(id).orElseThrow();
    }
}
