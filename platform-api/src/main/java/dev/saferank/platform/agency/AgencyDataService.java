package dev.saferank.platform.agency;

import dev.saferank.rating.facts.AgencyYearFacts;
import dev.saferank.rating.facts.DerivedFields;
import dev.saferank.rating.facts.YearFacts;
import dev.saferank.scheme.Scheme;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The agency data of a year that a scheme's expressions read ({@code agency.registeredEngineers}), for an
 * agency's page: exactly the values the preview and the rating evaluate, because they are the rating
 * module's facts of the agency-year ({@link YearFacts}), shown with where each came from (derived from the
 * registered agency, staff and engagement records, or entered by hand). The mapping is documented in
 * platform-api/README.md ("Agency data of a year").
 *
 * <p>Reads take the tenant explicitly: an agency of another tenant has no data.
 */
@Service
public class AgencyDataService {

    private final YearFacts facts;

    AgencyDataService(YearFacts facts) {
        this.facts = facts;
    }

    /**
     * Every declared field, in the scheme's order, with its value and where it came from, for many
     * agencies in one statement per fact table whatever their number.
     */
    public Map<Long, List<AgencyDataValue>> entries(
            String tenant, Collection<Long> agencyIds, int year, Scheme scheme) {
        if (agencyIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Map<String, BigDecimal>> data = new LinkedHashMap<>();
        for (AgencyYearFacts read : facts.ofAgencies(tenant, agencyIds, year, scheme)) {
            data.put(read.agencyId(), read.facts().data());
        }
        Map<Long, List<AgencyDataValue>> result = new LinkedHashMap<>();
        for (long id : new LinkedHashSet<>(agencyIds)) {
            Map<String, BigDecimal> values = data.getOrDefault(id, Map.of());
            List<AgencyDataValue> entries = new ArrayList<>();
            scheme.agencyData().forEach((field, declared) -> {
                Optional<BigDecimal> value = Optional.ofNullable(values.get(field));
                String source = DerivedFields.isDerived(field) ? AgencyDataValue.REGISTERED : AgencyDataValue.ENTERED;
                entries.add(new AgencyDataValue(field, declared.wording(), value, value.map(v -> source)));
            });
            result.put(id, entries);
        }
        return result;
    }
}
