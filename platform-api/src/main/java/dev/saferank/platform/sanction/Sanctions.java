package dev.saferank.platform.sanction;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** Reading sanctions and honours: for the preview and for batched GraphQL fields. */
@Service
public class Sanctions {

    private final SanctionMapper mapper;

    Sanctions(SanctionMapper mapper) {
        this.mapper = mapper;
    }

    /** The sanctions of one agency for a year that still count (not withdrawn). */
    public List<Sanction> activeSanctions(String tenant, long agencyId, int year) {
        return mapper.sanctionsOf(tenant, List.of(agencyId), List.of(year)).stream()
                .filter(Sanction::active)
                .toList();
    }

    /** The honours of one agency for a year that still count (not withdrawn). */
    public List<Honour> activeHonours(String tenant, long agencyId, int year) {
        return mapper.honoursOf(tenant, List.of(agencyId), List.of(year)).stream()
                .filter(Honour::active)
                .toList();
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
