package dev.saferank.platform.finding;

import dev.saferank.platform.agency.Agencies;
import dev.saferank.platform.graphql.NotFoundException;
import dev.saferank.platform.security.Caller;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Findings the caller may see: of its tenant, and for an agency user only of its own agency. Any
 * other id, of another tenant included, is answered like an id that does not exist.
 */
@Service
class VisibleFindings {

    private final FindingMapper mapper;
    private final Agencies agencies;

    VisibleFindings(FindingMapper mapper, Agencies agencies) {
        this.mapper = mapper;
        this.agencies = agencies;
    }

    Optional<Finding> find(Caller caller, String tenant, long id) {
        return mapper.find(tenant, id)
                .filter(finding -> agencies.visible(caller, finding.agencyId()).isPresent());
    }

    Finding require(Caller caller, String tenant, long id) {
        return find(caller, tenant, id).orElseThrow(() -> new NotFoundException("检查发现 " + id));
    }
}
