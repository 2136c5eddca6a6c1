package dev.saferank.platform.agency;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Agencies' names by id, one statement for a page: for the lists that name the agency of each row. */
@Service
public class AgencyNames {

    private final AgencyMapper mapper;

    AgencyNames(AgencyMapper mapper) {
        this.mapper = mapper;
    }

    /** The names of those ids that are agencies of the tenant; others are absent. */
    public Map<Long, String> of(String tenant, Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            mapper.names(tenant, ids).forEach(a -> names.put(a.id(), a.name()));
        }
        return names;
    }
}
