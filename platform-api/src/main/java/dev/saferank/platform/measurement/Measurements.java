package dev.saferank.platform.measurement;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** Reading measurements for batched GraphQL fields (the rating module reads them as facts). */
@Service
public class Measurements {

    private final MeasurementMapper mapper;

    Measurements(MeasurementMapper mapper) {
        this.mapper = mapper;
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
