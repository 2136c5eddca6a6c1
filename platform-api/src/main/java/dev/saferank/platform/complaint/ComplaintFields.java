package dev.saferank.platform.complaint;

import dev.saferank.platform.history.Change;
import dev.saferank.platform.history.History;
import dev.saferank.platform.report.Report;
import dev.saferank.platform.report.Reports;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/** The list-valued and linked fields of complaints and cases, one statement per page each. */
@Controller
class ComplaintFields {

    private final ComplaintMapper mapper;
    private final Reports reports;
    private final History history;

    ComplaintFields(ComplaintMapper mapper, Reports reports, History history) {
        this.mapper = mapper;
        this.reports = reports;
        this.history = history;
    }

    @BatchMapping(typeName = "Complaint", field = "reports")
    Map<Complaint, List<Report>> reports(List<Complaint> complaints) {
        Map<Complaint, List<Report>> result = new HashMap<>();
        byTenant(complaints, Complaint::tenantId).forEach((tenant, ofTenant) -> {
            var links = mapper.reportLinks(
                    tenant, ofTenant.stream().map(Complaint::id).toList());
            Map<Long, Report> found = reports
                    .byIds(
                            tenant,
                            links.stream()
                                    .map(ComplaintMapper.ReportLink::reportId)
                                    .collect(Collectors.toSet()))
                    .stream()
                    .collect(Collectors.toMap(Report::id, Function.identity()));
            ofTenant.forEach(c -> result.put(
                    c,
                    links.stream()
                            .filter(l -> l.complaintId() == c.id())
                            .map(l -> found.get(l.reportId()))
                            .filter(Objects::nonNull)
                            .toList()));
        });
        return result;
    }

    @BatchMapping(typeName = "Complaint", field = "agency")
    Map<Complaint, String> complaintAgency(List<Complaint> complaints) {
        Map<Complaint, String> result = new HashMap<>();
        byTenant(complaints, Complaint::tenantId).forEach((tenant, ofTenant) -> {
            var names = names(tenant, ofTenant.stream().map(Complaint::agencyId).toList());
            ofTenant.forEach(c -> result.put(c, c.agencyId() == null ? null : names.get(c.agencyId())));
        });
        return result;
    }

    @BatchMapping(typeName = "Complaint", field = "history")
    Map<Complaint, List<Change>> complaintHistory(List<Complaint> complaints) {
        Map<Complaint, List<Change>> result = new HashMap<>();
        byTenant(complaints, Complaint::tenantId).forEach((tenant, ofTenant) -> {
            var changes = history.of(
                    tenant, Filing.ENTITY, ofTenant.stream().map(Complaint::id).toList());
            ofTenant.forEach(c -> result.put(c, changes.getOrDefault(Long.toString(c.id()), List.of())));
        });
        return result;
    }

    @BatchMapping(typeName = "EnforcementCase", field = "agencyName")
    Map<EnforcementCase, String> caseAgency(List<EnforcementCase> cases) {
        Map<EnforcementCase, String> result = new HashMap<>();
        byTenant(cases, EnforcementCase::tenantId).forEach((tenant, ofTenant) -> {
            var names = names(
                    tenant, ofTenant.stream().map(EnforcementCase::agencyId).toList());
            ofTenant.forEach(c -> result.put(c, names.getOrDefault(c.agencyId(), "")));
        });
        return result;
    }

    @BatchMapping(typeName = "EnforcementCase", field = "steps")
    Map<EnforcementCase, List<CaseStep>> steps(List<EnforcementCase> cases) {
        Map<EnforcementCase, List<CaseStep>> result = new HashMap<>();
        byTenant(cases, EnforcementCase::tenantId).forEach((tenant, ofTenant) -> {
            var steps = mapper
                    .stepsOf(tenant, ofTenant.stream().map(EnforcementCase::id).toList())
                    .stream()
                    .collect(Collectors.groupingBy(CaseStep::caseId));
            ofTenant.forEach(c -> result.put(c, steps.getOrDefault(c.id(), List.of())));
        });
        return result;
    }

    @BatchMapping(typeName = "EnforcementCase", field = "findingProposals")
    Map<EnforcementCase, List<FindingProposal>> proposals(List<EnforcementCase> cases) {
        Map<EnforcementCase, List<FindingProposal>> result = new HashMap<>();
        byTenant(cases, EnforcementCase::tenantId).forEach((tenant, ofTenant) -> {
            var proposals = mapper
                    .proposalsOf(
                            tenant, ofTenant.stream().map(EnforcementCase::id).toList())
                    .stream()
                    .collect(Collectors.groupingBy(FindingProposal::caseId));
            ofTenant.forEach(c -> result.put(c, proposals.getOrDefault(c.id(), List.of())));
        });
        return result;
    }

    @BatchMapping(typeName = "EnforcementCase", field = "history")
    Map<EnforcementCase, List<Change>> caseHistory(List<EnforcementCase> cases) {
        Map<EnforcementCase, List<Change>> result = new HashMap<>();
        byTenant(cases, EnforcementCase::tenantId).forEach((tenant, ofTenant) -> {
            var changes = history.of(
                    tenant,
                    Triage.CASE,
                    ofTenant.stream().map(EnforcementCase::id).toList());
            ofTenant.forEach(c -> result.put(c, changes.getOrDefault(Long.toString(c.id()), List.of())));
        });
        return result;
    }

    private Map<Long, String> names(String tenant, List<Long> agencyIds) {
        var ids = agencyIds.stream().filter(Objects::nonNull).distinct().toList();
        return ids.isEmpty()
                ? Map.of()
                : mapper.agencyNames(tenant, ids).stream()
                        .collect(Collectors.toMap(ComplaintMapper.AgencyName::id, ComplaintMapper.AgencyName::name));
    }

    private static <T> Map<String, List<T>> byTenant(List<T> rows, Function<T, String> tenant) {
        return rows.stream().collect(Collectors.groupingBy(tenant));
    }
}
