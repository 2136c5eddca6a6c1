package dev.saferank.platform.sanction;

import dev.saferank.platform.agency.AgencyNames;
import dev.saferank.platform.security.Callers;
import java.security.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/** The agency's name on every sanction and honour of a list: one statement a page. */
@Controller
class SanctionAgencyNames {

    private final AgencyNames names;

    SanctionAgencyNames(AgencyNames names) {
        this.names = names;
    }

    @BatchMapping(typeName = "Sanction")
    Map<Sanction, String> agencyName(List<Sanction> sanctions, Principal principal) {
        return named(sanctions, Sanction::agencyId, principal);
    }

    @BatchMapping(typeName = "Honour", field = "agencyName")
    Map<Honour, String> honourAgencyName(List<Honour> honours, Principal principal) {
        return named(honours, Honour::agencyId, principal);
    }

    private <T> Map<T, String> named(List<T> rows, ToLongFunction<T> agency, Principal principal) {
        Map<Long, String> byId = names.of(
                Callers.tenant((Authentication) principal),
                rows.stream().map(agency::applyAsLong).distinct().toList());
        Map<T, String> out = new HashMap<>();
        rows.forEach(row -> out.put(row, byId.getOrDefault(agency.applyAsLong(row), "")));
        return out;
    }
}
