package dev.saferank.platform.sanction;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** Reading sanctions and honours for batched GraphQL fields (the rating module reads them as facts). */
@Service
public class Sanctions {

    private final SanctionMapper mapper;

    Sanctions(SanctionMapper mapper) {
        this.mapper = mapper;
    }

    Map<Long, List<Sanction>> sanctionsByAgency(String tenant, Collection<Long> agencyIds, Collection<Integer> years) {
        if (agencyIds.isEmpty() || years.isEmpty()) {
            return Map.of();
        }
        return mapper.sanctionsOf(tenant, agencyIds, years).stream().collect(Collectors.groupingBy(Sanction::agencyId));
    }

    Map<Long, List<Honour>> honoursByAgency(String tenant, Collection<Long> agencyIds, Collection<Integer> years) {
        if (agencyIds.isEmpty() || years.isEmpty()) {
            return Map.of();
        }
        return mapper.honoursOf(tenant, agencyIds, years).stream().collect(Collectors.groupingBy(Honour::agencyId));
    }
}
