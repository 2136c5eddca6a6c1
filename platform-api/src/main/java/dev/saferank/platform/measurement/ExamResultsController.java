package dev.saferank.platform.measurement;

import dev.saferank.platform.agency.Agencies;
import dev.saferank.platform.audit.Auditing;
import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.graphql.UserError;
import dev.saferank.platform.security.Callers;
import dev.saferank.platform.staff.Staff;
import dev.saferank.rating.audit.AuditAction;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/** 抽考成绩公示: the bureau publishes a year's exam results; anyone reads them, names masked. */
@Controller
class ExamResultsController {

    record PublishExamResultsInput(int year) {}

    record ExamPublicationPayload(ExamResults.Publication publication, List<UserError> errors) {}

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final ExamResults exams;
    private final Auditing auditing;
    private final Agencies agencies;

    ExamResultsController(ExamResults exams, Auditing auditing, Agencies agencies) {
        this.exams = exams;
        this.auditing = auditing;
        this.agencies = agencies;
    }

    @QueryMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector')")
    ExamResults.Publication examPublication(@Argument int year, Authentication auth) {
        return exams.publication(Callers.tenant(auth), year).orElse(null);
    }

    /** The staff the exam form picks from (drawn first); NOT_FOUND for an agency the caller may not see. */
    @QueryMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector')")
    List<ExamResults.Candidate> examCandidates(@Argument long agencyId, @Argument int year, Authentication auth) {
        agencies.require(Callers.require(auth), agencyId);
        return exams.candidates(Callers.tenant(auth), agencyId, year);
    }

    @QueryMapping
    @PreAuthorize("permitAll()")
    ExamResults.PublicResults publicExamResults(@Argument String tenant, @Argument int year) {
        if (tenant == null || !tenant.matches("[a-z][a-z0-9-]{1,31}") || year < 2000 || year > 2100) {
            return new ExamResults.PublicResults(year, false, null, null, List.of());
        }
        return exams.published(tenant, year);
    }

    /** Whether a staff member is barred from signing this year's reports, as uploadReport decides it. */
    @SchemaMapping(typeName = "Staff")
    ExamResults.Failure examFailure(Staff staff, Authentication auth) {
        return exams.failure(
                        Callers.tenant(auth),
                        staff.agencyId(),
                        staff.id(),
                        staff.name(),
                        LocalDate.now(CHINA).getYear())
                .orElse(null);
    }

    @MutationMapping
    @PreAuthorize("hasRole('bureau-admin')")
    ExamPublicationPayload publishExamResults(
            @Argument PublishExamResultsInput input,
            Authentication auth,
            @ContextValue(name = Auditing.CLIENT_ADDRESS, required = false) String clientAddress) {
        String tenant = Callers.tenant(auth);
        String actor = Callers.require(auth).username();
        try {
            return new ExamPublicationPayload(
                    auditing.audited(
                            auth,
                            clientAddress,
                            AuditAction.EXAM_RESULTS_PUBLISHED,
                            () -> exams.publish(tenant, actor, input.year()),
                            p -> Auditing.Target.of("examPublication", p.year())
                                    .with("results", p.results())
                                    .with("failed", p.failed())),
                    List.of());
        } catch (InvalidInputException invalid) {
            return new ExamPublicationPayload(null, invalid.errors());
        }
    }
}
