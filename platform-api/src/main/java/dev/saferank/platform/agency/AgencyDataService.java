package dev.saferank.platform.agency;

import dev.saferank.scheme.AgencyField;
import dev.saferank.scheme.Scheme;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The agency data of a year that a scheme's expressions read ({@code agency.registeredEngineers}):
 * derived from the registered agency, staff and engagement records where the platform can, else the
 * value entered by hand for the year. The mapping is documented in platform-api/README.md
 * ("Agency data of a year").
 *
 * <p>Reads take the tenant explicitly: an agency of another tenant has no data.
 */
@Service
public class AgencyDataService {

    private final AgencyDataMapper mapper;

    AgencyDataService(AgencyDataMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * A value for every agency data field the scheme declares that has one; a declared field with
     * no value is absent (the engine then reports it as missing). Two statements.
     */
    public Map<String, BigDecimal> forYear(String tenant, long agencyId, int year, Scheme scheme) {
        return forAgencies(tenant, List.of(agencyId), year, scheme).getOrDefault(agencyId, Map.of());
    }

    /**
     * {@link #forYear} for many agencies in two statements whatever their number (the rating job).
     * Agencies of another tenant or unknown ids map to an empty map.
     */
    public Map<Long, Map<String, BigDecimal>> forAgencies(
            String tenant, Collection<Long> agencyIds, int year, Scheme scheme) {
        Map<Long, Map<String, BigDecimal>> result = new HashMap<>();
        entries(tenant, agencyIds, year, scheme).forEach((id, values) -> result.put(id, asMap(values)));
        return result;
    }

    /**
     * Every declared field, in the scheme's order, with its value and where it came from, for many
     * agencies in two statements.
     */
    public Map<Long, List<AgencyDataValue>> entries(
            String tenant, Collection<Long> agencyIds, int year, Scheme scheme) {
        if (agencyIds.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = List.copyOf(new LinkedHashSet<>(agencyIds));
        Map<Long, DerivedCounts> derived = needsDerived(scheme)
                ? mapper
                        .derived(
                                tenant,
                                ids,
                                LocalDate.of(year - 1, 1, 1),
                                LocalDate.of(year, 1, 1),
                                LocalDate.of(year + 1, 1, 1))
                        .stream()
                        .collect(Collectors.toMap(DerivedCounts::agencyId, Function.identity()))
                : Map.of();
        Map<Long, Map<String, BigDecimal>> entered = scheme.agencyData().isEmpty()
                ? Map.of()
                : mapper.entered(tenant, ids, year).stream()
                        .collect(Collectors.groupingBy(
                                EnteredValue::agencyId, Collectors.toMap(EnteredValue::field, EnteredValue::value)));
        Map<Long, List<AgencyDataValue>> result = new LinkedHashMap<>();
        for (long id : ids) {
            List<AgencyDataValue> values = new ArrayList<>();
            scheme.agencyData()
                    .forEach((field, declared) -> values.add(value(
                            field,
                            declared,
                            Optional.ofNullable(derived.get(id)),
                            entered.getOrDefault(id, Map.of()))));
            result.put(id, values);
        }
        return result;
    }

    private static AgencyDataValue value(
            String field, AgencyField declared, Optional<DerivedCounts> counts, Map<String, BigDecimal> entered) {
        if (DerivedFields.isDerived(field)) {
            Optional<BigDecimal> value = DerivedFields.value(field, counts);
            return new AgencyDataValue(field, declared.wording(), value, value.map(v -> AgencyDataValue.REGISTERED));
        }
        Optional<BigDecimal> value = Optional.ofNullable(entered.get(field)).map(DerivedFields::plain);
        return new AgencyDataValue(field, declared.wording(), value, value.map(v -> AgencyDataValue.ENTERED));
    }

    private static Map<String, BigDecimal> asMap(List<AgencyDataValue> values) {
        Map<String, BigDecimal> map = new LinkedHashMap<>();
        values.forEach(v -> v.value().ifPresent(value -> map.put(v.field(), value)));
        return map;
    }

    private static boolean needsDerived(Scheme scheme) {
        return scheme.agencyData().keySet().stream().anyMatch(DerivedFields::isDerived);
    }
}
