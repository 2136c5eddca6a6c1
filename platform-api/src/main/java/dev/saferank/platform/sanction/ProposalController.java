package dev.saferank.platform.sanction;

import dev.saferank.platform.agency.Agencies;
import dev.saferank.platform.agency.Agency;
import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.security.Callers;
import dev.saferank.platform.staff.MultiAffiliations;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/** 多处挂靠 proposals for bureau admins and inspectors to confirm (or not) as sanctions. */
@Controller
class ProposalController {

    record ProposedPerson(String name, List<Agency> otherAgencies) {}

    record MultiAffiliationProposal(long agencyId, String agencyName, String rule, List<ProposedPerson> people) {}

    private final MultiAffiliationProposals proposals;
    private final Agencies agencies;
    private final MultiAffiliations multiAffiliations;

    ProposalController(MultiAffiliationProposals proposals, Agencies agencies, MultiAffiliations multiAffiliations) {
        this.proposals = proposals;
        this.agencies = agencies;
        this.multiAffiliations = multiAffiliations;
    }

    @QueryMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector')")
    List<MultiAffiliationProposal> multiAffiliationProposals(@Argument int year, Authentication auth) {
        if (year < 2000 || year > 2100) {
            throw new InvalidInputException("year", "INVALID_YEAR", "年度须在 2000 到 2100 之间");
        }
        String tenant = Callers.tenant(auth);
        List<Long> involved = multiAffiliations.of(tenant).stream()
                .flatMap(p -> p.records().stream())
                .map(s -> s.agencyId())
                .distinct()
                .toList();
        Map<Long, Agency> byId = new HashMap<>();
        if (!involved.isEmpty()) {
            agencies.byIds(tenant, involved).forEach(a -> byId.put(a.id(), a));
        }
        return proposals.of(tenant, year, id -> byId.get(id).name()).stream()
                .map(p -> new MultiAffiliationProposal(
                        p.agencyId(),
                        p.agencyName(),
                        p.rule(),
                        p.people().stream()
                                .map(person -> new ProposedPerson(
                                        person.name(),
                                        person.otherAgencyIds().stream()
                                                .map(byId::get)
                                                .toList()))
                                .toList()))
                .toList();
    }
}
