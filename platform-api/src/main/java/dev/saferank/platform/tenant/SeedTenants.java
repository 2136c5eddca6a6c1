package dev.saferank.platform.tenant;

import dev.saferank.platform.scheme.Schemes;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Onboards the five seed cities, whose organizations and demo users come with the realm import:
 * tenant rows with their organization ids, districts, the shipped scheme active for its year and
 * the calendars of the seed documents (a calendar or shipped version the seed wrote before is brought up to date
 * when the seed has a newer one; a bureau's own are left as they are). Idempotent: what exists is left as it is, so a second run
 * changes nothing and a bureau's own edits are never overwritten.
 */
@Service
class SeedTenants {

    /** What one run added. */
    record Report(int tenants, int districts, int schemes, int campaigns) {

        boolean changedNothing() {
            return tenants == 0 && districts == 0 && schemes == 0 && campaigns == 0;
        }
    }

    private static final String ACTOR = "seed";

    private final Organizations organizations;
    private final TenantMapper mapper;
    private final Schemes schemes;
    private final Campaigns campaigns;

    SeedTenants(Organizations organizations, TenantMapper mapper, Schemes schemes, Campaigns campaigns) {
        this.organizations = organizations;
        this.mapper = mapper;
        this.schemes = schemes;
        this.campaigns = campaigns;
    }

    @Transactional
    Report run() {
        int tenants = 0;
        int districts = 0;
        int activated = 0;
        int calendars = 0;
        for (SeedCities.SeedCity city : SeedCities.ALL) {
            String organizationId = organizations
                    .idOf(city.id())
                    .orElseThrow(() -> new IdentityException("organization " + city.id()
                            + " missing in Keycloak: import infra/keycloak/realm-saferank.json first"));
            boolean complete = mapper.findTenant(city.id())
                    .filter(existing -> existing.organizationId() != null
                            && !existing.name().equals(existing.id()))
                    .isPresent();
            mapper.seedTenant(city.id(), city.name(), organizationId);
            tenants += complete ? 0 : 1;
            for (District district : city.districts()) {
                districts += mapper.insertDistrictIfAbsent(city.id(), district.code(), district.name());
            }
            String source = Templates.shipped(city.id());
            String version = schemes.validate(city.id(), source).version();
            Optional<String> active = mapper.findActiveVersion(city.id(), city.year());
            // a newer shipped version (莆田 2021.2 declares its production units' checklist) replaces the one the
            // seed activated before; a version a bureau activated itself stays
            boolean outdated = active.isPresent()
                    && !active.get().equals(version)
                    && mapper.findActivatedBy(city.id(), city.year())
                            .filter(ACTOR::equals)
                            .isPresent()
                    && schemes.version(city.id(), version).isEmpty();
            if (active.isEmpty() || outdated) {
                if (schemes.version(city.id(), version).isEmpty()) {
                    schemes.upload(city.id(), source, ACTOR);
                }
                schemes.activate(city.id(), city.year(), version, ACTOR);
                activated++;
            }
            if (city.campaign().isPresent()
                    && campaigns.seed(city.id(), city.campaign().get())) {
                calendars++;
            }
        }
        return new Report(tenants, districts, activated, calendars);
    }
}
