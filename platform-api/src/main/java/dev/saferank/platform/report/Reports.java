package dev.saferank.platform.report;

import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;

/** Reading reports from other features (complaints link them). */
@Service
public class Reports {

    private final ReportMapper mapper;

    Reports(ReportMapper mapper) {
        this.mapper = mapper;
    }

    /** The reports of the tenant among these ids, in no particular order. */
    public List<Report> byIds(String tenant, Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : mapper.findByIds(tenant, ids);
    }
}
