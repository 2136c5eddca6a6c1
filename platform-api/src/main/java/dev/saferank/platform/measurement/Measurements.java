package dev.saferank.platform.measurement;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** Reading measurements: for the preview and for batched GraphQL fields. */
@Service
public class Measurements {

    private final MeasurementMapper mapper;

    Measurements(MeasurementMapper mapper) {
        this.mapper = mapper;
    }

    /** The active (not withdrawn) measurements of one agency for a year, in recording order. */
    public List<Measurement> active(String tenant, long agencyId, int year) {
        return mapper.findByAgencies(tenant, List.of(agencyId), List.of(year)).stream()
                .filter(m -> m.year() == year && m.active())
                .toList();
    }

    /** Every measurement (withdrawn ones too) of many agencies in some years, in one statement. */
    Map<Long, List<Measurement>> byAgency(String tenant, Collection<Long> agencyIds, Collection<Integer> years) {
        if (agencyIds.isEmpty() || years.isEmpty()) {
            return Map.of();
        }
        return mapper.findByAgencies(tenant, agencyIds, years).stream()
                .collect(Collectors.groupingBy(Measurement::agencyId));
    }
}
