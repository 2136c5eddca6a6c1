package dev.saferank.platform.report;

import dev.saferank.platform.agency.Agencies;
import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.graphql.NotFoundException;
import dev.saferank.platform.graphql.Pages;
import dev.saferank.platform.graphql.UserError;
import dev.saferank.platform.history.DuplicateSubmissionException;
import dev.saferank.platform.security.Callers;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/** Uploading, withdrawing and reading reports. */
@Controller
class ReportController {

    record UploadReportInput(
            long agencyId,
            String enterprise,
            String type,
            String reportNo,
            String title,
            LocalDate issuedOn,
            List<UploadingReport.SignatoryInput> signatories,
            String body,
            UploadingReport.FileInput file,
            String idempotencyKey) {}

    record WithdrawReportInput(long id, String reason) {}

    record ReportPayload(Report report, List<UserError> errors) {}

    private final UploadingReport uploading;
    private final ReportMapper mapper;
    private final Agencies agencies;

    ReportController(UploadingReport uploading, ReportMapper mapper, Agencies agencies) {
        this.uploading = uploading;
        this.mapper = mapper;
        this.agencies = agencies;
    }

    @QueryMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector', 'agency-user')")
    Report report(@Argument long id, Authentication auth) {
        var caller = Callers.require(auth);
        return mapper.find(Callers.tenant(auth), id)
                .filter(report -> agencies.visible(caller, report.agencyId()).isPresent())
                .orElseThrow(() -> new NotFoundException("报告 " + id));
    }

    /** Newest first: the cursor is the id of the last report shown, the next page those below it. */
    @QueryMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector', 'agency-user')")
    Window<Report> agencyReports(@Argument long agencyId, ScrollSubrange subrange, Authentication auth) {
        agencies.require(Callers.require(auth), agencyId);
        var page = Pages.of(subrange);
        long before = page.after() == 0 ? Long.MAX_VALUE : page.after();
        return Pages.window(mapper.ofAgency(Callers.tenant(auth), agencyId, before, page.limit()), page, Report::id);
    }

    @MutationMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector', 'agency-user')")
    ReportPayload uploadReport(@Argument UploadReportInput input, Authentication auth) {
        var report = new UploadingReport.NewReport(
                input.agencyId(),
                input.enterprise(),
                input.type(),
                input.reportNo(),
                input.title(),
                input.issuedOn(),
                input.signatories(),
                input.body(),
                input.file());
        return payload(() -> uploading.upload(Callers.require(auth), report, input.idempotencyKey()));
    }

    @MutationMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector', 'agency-user')")
    ReportPayload withdrawReport(@Argument WithdrawReportInput input, Authentication auth) {
        return payload(() -> uploading.withdraw(Callers.require(auth), input.id(), input.reason()));
    }

    @BatchMapping(typeName = "Report", field = "signatories")
    Map<Report, List<Signatory>> signatories(List<Report> reports) {
        Map<Report, List<Signatory>> result = new java.util.HashMap<>();
        reports.stream().collect(Collectors.groupingBy(Report::tenantId)).forEach((tenant, ofTenant) -> {
            var byReport = mapper
                    .signatoriesOf(tenant, ofTenant.stream().map(Report::id).toList())
                    .stream()
                    .collect(Collectors.groupingBy(Signatory::reportId));
            ofTenant.forEach(report -> result.put(report, byReport.getOrDefault(report.id(), List.of())));
        });
        return result;
    }

    /** The text: as read, or for reports read for a list ({@code listedByIds}) one statement for all. */
    @BatchMapping(typeName = "Report", field = "body")
    Map<Report, String> bodies(List<Report> reports) {
        Map<Report, String> result = new java.util.HashMap<>();
        List<Report> unread = new java.util.ArrayList<>();
        for (Report report : reports) {
            if (report.body() != null) {
                result.put(report, report.body());
            } else {
                unread.add(report);
            }
        }
        unread.stream().collect(Collectors.groupingBy(Report::tenantId)).forEach((tenant, ofTenant) -> {
            var read = mapper.bodiesOf(tenant, ofTenant.stream().map(Report::id).toList()).stream()
                    .collect(Collectors.toMap(ReportMapper.Body::id, ReportMapper.Body::body));
            ofTenant.forEach(report -> result.put(report, read.getOrDefault(report.id(), "")));
        });
        return result;
    }

    private static ReportPayload payload(Supplier<Report> change) {
        try {
            return new ReportPayload(change.get(), List.of());
        } catch (InvalidInputException invalid) {
            return new ReportPayload(null, invalid.errors());
        } catch (DuplicateSubmissionException duplicate) {
            return new ReportPayload(
                    null,
                    List.of(UserError.of("input.idempotencyKey", "DUPLICATE_SUBMISSION", duplicate.getMessage())));
        }
    }
}
