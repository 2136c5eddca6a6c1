package dev.saferank.platform.agency;

import dev.saferank.platform.graphql.NotFoundException;
import dev.saferank.platform.security.Caller;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Looking agencies up for a caller. Other features ask here before they read or write anything of
 * an agency, so that an agency of another tenant, or another agency for an agency user, is
 * reported exactly like an agency that does not exist.
 */
@Service
public class Agencies {

    private final AgencyMapper mapper;

    Agencies(AgencyMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * The agency if the caller may see it: the city bureau's staff of its tenant, a county bureau's
     * staff if the agency works in their district (one of its registered districts), or its own account.
     */
    public Optional<Agency> visible(Caller caller, long id) {
        Optional<String> tenant = caller.tenant();
        if (tenant.isEmpty()) {
            return Optional.empty();
        }
        if (caller.isCounty()) {
            String district = caller.district().orElseThrow();
            return mapper.find(tenant.get(), id).filter(found -> mapper.inDistrict(tenant.get(), id, district));
        }
        Optional<Agency> agency = mapper.find(tenant.get(), id);
        if (caller.hasRole("bureau-admin") || caller.hasRole("inspector")) {
            return agency;
        }
        if (caller.hasRole("agency-user")) {
            return agency.filter(found -> caller.username().equals(found.accountUser()));
        }
        return Optional.empty();
    }

    /** As {@link #visible}, or NOT_FOUND. */
    public Agency require(Caller caller, long id) {
        return visible(caller, id).orElseThrow(() -> new NotFoundException("机构 " + id));
    }

    /** The agency an agency user signs in for, if its account is linked to one. */
    public Optional<Agency> ownAgency(Caller caller) {
        return caller.tenant().flatMap(tenant -> mapper.findByAccount(tenant, caller.username()));
    }

    /** Every agency of a tenant, by id, read in pages (for whole-tenant computations such as the what-if). */
    public List<Agency> all(String tenant) {
        List<Agency> all = new java.util.ArrayList<>();
        long after = 0;
        while (true) {
            List<Agency> page = mapper.page(tenant, AgencyFilter.NONE, null, after, 500);
            all.addAll(page);
            if (page.size() < 500) {
                return all;
            }
            after = page.getLast().id();
        }
    }

    public List<Agency> byIds(String tenant, List<Long> ids) {
        return ids.isEmpty() ? List.of() : mapper.findByIds(tenant, ids);
    }
}
