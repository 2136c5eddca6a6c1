package dev.saferank.platform.similarity;

import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.graphql.NotFoundException;
import dev.saferank.platform.graphql.Pages;
import dev.saferank.platform.graphql.UserError;
import dev.saferank.platform.report.Report;
import dev.saferank.platform.report.Reports;
import dev.saferank.platform.security.Callers;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/** Listing, confirming and dismissing suggested copied and template reports. */
@Controller
class SimilarityController {

    record ReportSimilarityFilter(String status, String kind, Long agencyId) {}

    record ConfirmReportSimilarityInput(long id, String ruleCode, String reason) {}

    record DismissReportSimilarityInput(long id, String reason) {}

    record SimilarityPayload(ReportSimilarity similarity, List<UserError> errors) {}

    private static final Set<String> STATUSES = DecidingSimilarity.STATUS_LABELS.keySet();
    private static final Set<String> KINDS = Set.of(SuggestedRule.COPY, SuggestedRule.TEMPLATE);

    private final SimilarityMapper mapper;
    private final DecidingSimilarity deciding;
    private final Reports reports;

    SimilarityController(SimilarityMapper mapper, DecidingSimilarity deciding, Reports reports) {
        this.mapper = mapper;
        this.deciding = deciding;
        this.reports = reports;
    }

    @QueryMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector')")
    Window<ReportSimilarity> reportSimilarities(
            @Argument ReportSimilarityFilter filter, ScrollSubrange subrange, Authentication auth) {
        var f = filter == null ? new ReportSimilarityFilter(null, null, null) : filter;
        if (f.status() != null && !STATUSES.contains(f.status())) {
            throw new InvalidInputException(
                    "filter.status", "UNKNOWN_STATUS", "状态须为 suggested（待处理）、confirmed（已确认）或 dismissed（已驳回）");
        }
        if (f.kind() != null && !KINDS.contains(f.kind())) {
            throw new InvalidInputException("filter.kind", "UNKNOWN_KIND", "类型须为 copy（抄袭他人成果）或 template（机械模板化服务）");
        }
        var page = Pages.of(subrange);
        return Pages.window(
                mapper.page(Callers.tenant(auth), f.status(), f.kind(), f.agencyId(), page.after(), page.limit()),
                page,
                ReportSimilarity::id);
    }

    @MutationMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector')")
    SimilarityPayload confirmReportSimilarity(@Argument ConfirmReportSimilarityInput input, Authentication auth) {
        return payload(() -> deciding.confirm(Callers.require(auth), input.id(), input.ruleCode(), input.reason()));
    }

    @MutationMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector')")
    SimilarityPayload dismissReportSimilarity(@Argument DismissReportSimilarityInput input, Authentication auth) {
        return payload(() -> deciding.dismiss(Callers.require(auth), input.id(), input.reason()));
    }

    @SchemaMapping(typeName = "ReportSimilarity", field = "kindLabel")
    String kindLabel(ReportSimilarity similarity) {
        return SuggestedRule.label(similarity.kind());
    }

    @SchemaMapping(typeName = "ReportSimilarity", field = "similarity")
    double similarity(ReportSimilarity similarity) {
        return similarity.similarity().doubleValue();
    }

    @BatchMapping(typeName = "ReportSimilarity", field = "report")
    Map<ReportSimilarity, Report> report(List<ReportSimilarity> similarities) {
        return reports(similarities, ReportSimilarity::reportId);
    }

    @BatchMapping(typeName = "ReportSimilarity", field = "similarReport")
    Map<ReportSimilarity, Report> similarReport(List<ReportSimilarity> similarities) {
        return reports(similarities, ReportSimilarity::similarReportId);
    }

    private Map<ReportSimilarity, Report> reports(
            List<ReportSimilarity> similarities, Function<ReportSimilarity, Long> which) {
        Map<ReportSimilarity, Report> result = new HashMap<>();
        similarities.stream()
                .collect(Collectors.groupingBy(ReportSimilarity::tenantId))
                .forEach((tenant, ofTenant) -> {
                    var byId = reports
                            .byIds(
                                    tenant,
                                    ofTenant.stream().map(which).distinct().toList())
                            .stream()
                            .collect(Collectors.toMap(Report::id, Function.identity()));
                    ofTenant.forEach(s -> result.put(s, byId.get(which.apply(s))));
                });
        return result;
    }

    private static SimilarityPayload payload(Supplier<ReportSimilarity> change) {
        try {
            return new SimilarityPayload(change.get(), List.of());
        } catch (InvalidInputException invalid) {
            return new SimilarityPayload(null, invalid.errors());
        } catch (NotFoundException notFound) {
            return new SimilarityPayload(null, List.of(UserError.of("input.id", "NOT_FOUND", notFound.getMessage())));
        }
    }
}
