package dev.saferank.platform.report;

import dev.saferank.platform.search.SearchDocument;
import dev.saferank.platform.search.SearchProjection;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Reports as search documents: text fields for the Chinese analyzer, keywords for filters and facets. */
@Component
class ReportProjection implements SearchProjection {

    static final String INDEX = "reports";

    private final ReportMapper mapper;

    ReportProjection(ReportMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public String entityType() {
        return UploadingReport.ENTITY;
    }

    @Override
    public String indexName() {
        return INDEX;
    }

    @Override
    public String mappingResource() {
        return "dev/saferank/platform/report/reports-index.json";
    }

    @Override
    public List<SearchDocument> documents(String tenant, Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : documents(mapper.findByIds(tenant, ids));
    }

    @Override
    public List<SearchDocument> page(long afterId, int limit) {
        return documents(mapper.page(afterId, limit));
    }

    private List<SearchDocument> documents(List<Report> reports) {
        return reports.stream().collect(Collectors.groupingBy(Report::tenantId)).entrySet().stream()
                .flatMap(ofTenant -> documents(ofTenant.getKey(), ofTenant.getValue()).stream())
                .sorted(java.util.Comparator.comparingLong(SearchDocument::id))
                .toList();
    }

    private List<SearchDocument> documents(String tenant, List<Report> reports) {
        var ids = reports.stream().map(Report::id).toList();
        Map<Long, List<Signatory>> signatories =
                mapper.signatoriesOf(tenant, ids).stream().collect(Collectors.groupingBy(Signatory::reportId));
        return reports.stream()
                .map(report -> {
                    var signed = signatories.getOrDefault(report.id(), List.of());
                    Map<String, Object> fields = new HashMap<>();
                    fields.put("agency_id", report.agencyId());
                    fields.put("agency_name", report.agencyName());
                    fields.put("enterprise", report.enterprise());
                    fields.put("type", report.type());
                    fields.put("report_no", report.reportNo());
                    fields.put("title", report.title());
                    fields.put("issued_on", report.issuedOn().toString());
                    fields.put("body", report.body());
                    fields.put("status", report.status());
                    fields.put(
                            "signatory_names",
                            signed.stream().map(Signatory::name).toList());
                    fields.put(
                            "signatory_staff_ids",
                            signed.stream()
                                    .map(Signatory::staffId)
                                    .filter(java.util.Objects::nonNull)
                                    .toList());
                    return new SearchDocument(tenant, report.id(), report.version(), fields);
                })
                .toList();
    }
}
