package dev.saferank.platform.complaint;

import dev.saferank.platform.search.SearchDocument;
import dev.saferank.platform.search.SearchProjection;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Complaints and cases as search documents. Contact details are never indexed: the index holds
 * what investigators search by, MySQL the rest.
 */
@Configuration(proxyBeanMethods = false)
class ComplaintProjections {

    static final String COMPLAINTS = "complaints";
    static final String CASES = "cases";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Bean
    SearchProjection complaintProjection(ComplaintMapper mapper) {
        return new Projection<>(
                Filing.ENTITY,
                COMPLAINTS,
                "dev/saferank/platform/complaint/complaints-index.json",
                mapper::findByIds,
                mapper::page,
                Complaint::tenantId,
                Complaint::id,
                (tenant, complaints) -> complaintDocuments(mapper, tenant, complaints));
    }

    @Bean
    SearchProjection caseProjection(ComplaintMapper mapper) {
        return new Projection<>(
                Triage.CASE,
                CASES,
                "dev/saferank/platform/complaint/cases-index.json",
                mapper::findCases,
                mapper::casePage,
                EnforcementCase::tenantId,
                EnforcementCase::id,
                (tenant, cases) -> caseDocuments(mapper, tenant, cases));
    }

    private static List<SearchDocument> complaintDocuments(
            ComplaintMapper mapper, String tenant, List<Complaint> complaints) {
        var ids = complaints.stream().map(Complaint::id).toList();
        Map<Long, List<Long>> reports = mapper.reportLinks(tenant, ids).stream()
                .collect(Collectors.groupingBy(
                        ComplaintMapper.ReportLink::complaintId,
                        Collectors.mapping(ComplaintMapper.ReportLink::reportId, Collectors.toList())));
        Map<Long, String> names = names(
                mapper,
                tenant,
                complaints.stream()
                        .map(Complaint::agencyId)
                        .filter(java.util.Objects::nonNull)
                        .distinct()
                        .toList());
        return complaints.stream()
                .map(c -> {
                    Map<String, Object> fields = new HashMap<>();
                    fields.put("agency_id", c.agencyId());
                    fields.put("agency_name", c.agencyId() == null ? null : names.get(c.agencyId()));
                    fields.put("named_agency", c.agencyName());
                    fields.put("subject", c.subject());
                    fields.put("body", c.body());
                    fields.put("status", c.status());
                    fields.put(
                            "filed_on", c.filedAt().atZone(CHINA).toLocalDate().toString());
                    fields.put("report_ids", reports.getOrDefault(c.id(), List.of()));
                    return new SearchDocument(tenant, c.id(), c.version(), fields);
                })
                .toList();
    }

    private static List<SearchDocument> caseDocuments(
            ComplaintMapper mapper, String tenant, List<EnforcementCase> cases) {
        var ids = cases.stream().map(EnforcementCase::id).toList();
        Map<Long, List<CaseStep>> steps =
                mapper.stepsOf(tenant, ids).stream().collect(Collectors.groupingBy(CaseStep::caseId));
        Map<Long, String> names = names(
                mapper,
                tenant,
                cases.stream().map(EnforcementCase::agencyId).distinct().toList());
        return cases.stream()
                .map(c -> {
                    var ofCase = steps.getOrDefault(c.id(), List.of());
                    Map<String, Object> fields = new HashMap<>();
                    fields.put("agency_id", c.agencyId());
                    fields.put("agency_name", names.get(c.agencyId()));
                    fields.put("complaint_id", c.complaintId());
                    fields.put("title", c.title());
                    fields.put("steps", ofCase.stream().map(CaseStep::note).toList());
                    fields.put(
                            "step_kinds",
                            ofCase.stream().map(CaseStep::kind).distinct().toList());
                    fields.put("status", c.status());
                    fields.put("outcome", c.outcome());
                    fields.put("outcome_note", c.outcomeNote());
                    fields.put(
                            "opened_on",
                            c.openedAt().atZone(CHINA).toLocalDate().toString());
                    return new SearchDocument(tenant, c.id(), c.version(), fields);
                })
                .toList();
    }

    private static Map<Long, String> names(ComplaintMapper mapper, String tenant, List<Long> agencyIds) {
        return agencyIds.isEmpty()
                ? Map.of()
                : mapper.agencyNames(tenant, agencyIds).stream()
                        .collect(Collectors.toMap(ComplaintMapper.AgencyName::id, ComplaintMapper.AgencyName::name));
    }

    /** Reads rows of one kind and turns them into documents, tenant by tenant. */
    interface ByIds<T> {
        List<T> find(String tenant, Collection<Long> ids);
    }

    interface Paging<T> {
        List<T> page(long after, int limit);
    }

    private record Projection<T>(
            String entityType,
            String indexName,
            String mappingResource,
            ByIds<T> byIds,
            Paging<T> paging,
            Function<T, String> tenantOf,
            Function<T, Long> idOf,
            BiFunction<String, List<T>, List<SearchDocument>> toDocuments)
            implements SearchProjection {

        @Override
        public List<SearchDocument> documents(String tenant, Collection<Long> ids) {
            return ids.isEmpty() ? List.of() : toDocuments.apply(tenant, byIds.find(tenant, ids));
        }

        @Override
        public List<SearchDocument> page(long afterId, int limit) {
            return paging.page(afterId, limit).stream().collect(Collectors.groupingBy(tenantOf)).entrySet().stream()
                    .flatMap(ofTenant -> toDocuments.apply(ofTenant.getKey(), ofTenant.getValue()).stream())
                    .sorted(Comparator.comparingLong(SearchDocument::id))
                    .toList();
        }
    }
}
