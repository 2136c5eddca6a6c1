package dev.saferank.platform.complaint;

import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.graphql.NotFoundException;
import dev.saferank.platform.graphql.UserError;
import dev.saferank.platform.security.Callers;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/**
 * Filing and following complaints (anyone, signed in or not) and the bureau's triage and cases
 * (bureau admins and inspectors of the tenant).
 */
@Controller
class ComplaintController {

    record FileComplaintInput(
            String city,
            String agencyName,
            String subject,
            String body,
            Boolean anonymous,
            String contactName,
            String contactPhone) {}

    record FileComplaintPayload(String trackingCode, List<UserError> errors) {}

    record TriageComplaintInput(long id, int version, long agencyId, List<Long> reportIds, String note) {}

    record CloseComplaintInput(long id, int version, String reason) {}

    record ComplaintPayload(Complaint complaint, List<UserError> errors) {}

    record OpenCaseInput(long complaintId, int version, String title) {}

    record RecordCaseStepInput(long caseId, int version, String kind, LocalDate takenOn, String note) {}

    record FindingProposalInput(int year, String ruleCode, String evidence) {}

    record CloseCaseInput(long caseId, int version, String outcome, String note, List<FindingProposalInput> findings) {}

    record CasePayload(EnforcementCase enforcementCase, List<UserError> errors) {}

    private final Filing filing;
    private final Triage triage;
    private final ComplaintMapper mapper;

    ComplaintController(Filing filing, Triage triage, ComplaintMapper mapper) {
        this.filing = filing;
        this.triage = triage;
        this.mapper = mapper;
    }

    /** Open to anonymous callers: the public files complaints without an account. */
    @MutationMapping
    @PreAuthorize("permitAll()")
    FileComplaintPayload fileComplaint(
            @Argument FileComplaintInput input, @ContextValue(name = ClientAddress.KEY) String clientAddress) {
        var complaint = new Filing.NewComplaint(
                input.city(),
                input.agencyName(),
                input.subject(),
                input.body(),
                Boolean.TRUE.equals(input.anonymous()),
                input.contactName(),
                input.contactPhone());
        try {
            return new FileComplaintPayload(filing.file(clientAddress, complaint), List.of());
        } catch (InvalidInputException invalid) {
            return new FileComplaintPayload(null, invalid.errors());
        }
    }

    /** Open to anonymous callers: the tracking code is the key; unknown codes answer null. */
    @QueryMapping
    @PreAuthorize("permitAll()")
    ComplaintStatus complaintStatus(@Argument String trackingCode) {
        if (trackingCode == null || trackingCode.length() != 16) {
            return null;
        }
        return mapper.findByTrackingCode(trackingCode.strip().toUpperCase(java.util.Locale.ROOT))
                .map(ComplaintStatus::of)
                .orElse(null);
    }

    @QueryMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector')")
    Complaint complaint(@Argument long id, Authentication auth) {
        return mapper.find(Callers.tenant(auth), id).orElseThrow(() -> new NotFoundException("投诉 " + id));
    }

    @QueryMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector')")
    EnforcementCase enforcementCase(@Argument long id, Authentication auth) {
        return mapper.findCase(Callers.tenant(auth), id).orElseThrow(() -> new NotFoundException("案件 " + id));
    }

    @MutationMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector')")
    ComplaintPayload triageComplaint(@Argument TriageComplaintInput input, Authentication auth) {
        return payload(
                () -> triage.triage(
                        Callers.require(auth),
                        input.id(),
                        input.version(),
                        input.agencyId(),
                        input.reportIds(),
                        input.note()),
                ComplaintPayload::new);
    }

    @MutationMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector')")
    ComplaintPayload closeComplaint(@Argument CloseComplaintInput input, Authentication auth) {
        return payload(
                () -> triage.close(Callers.require(auth), input.id(), input.version(), input.reason()),
                ComplaintPayload::new);
    }

    @MutationMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector')")
    CasePayload openCase(@Argument OpenCaseInput input, Authentication auth) {
        return payload(
                () -> triage.openCase(Callers.require(auth), input.complaintId(), input.version(), input.title()),
                CasePayload::new);
    }

    @MutationMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector')")
    CasePayload recordCaseStep(@Argument RecordCaseStepInput input, Authentication auth) {
        var step = new Triage.Step(input.kind(), input.takenOn(), input.note());
        return payload(
                () -> triage.recordStep(Callers.require(auth), input.caseId(), input.version(), step),
                CasePayload::new);
    }

    @MutationMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector')")
    CasePayload closeCase(@Argument CloseCaseInput input, Authentication auth) {
        List<FindingProposal> findings = input.findings() == null
                ? List.of()
                : input.findings().stream()
                        .map(f -> new FindingProposal(input.caseId(), f.year(), f.ruleCode(), f.evidence()))
                        .toList();
        var outcome = new Triage.Outcome(input.outcome(), input.note(), findings);
        return payload(
                () -> triage.closeCase(Callers.require(auth), input.caseId(), input.version(), outcome),
                CasePayload::new);
    }

    private static <T, P> P payload(Supplier<T> change, BiFunction<T, List<UserError>, P> payload) {
        try {
            return payload.apply(change.get(), List.of());
        } catch (InvalidInputException invalid) {
            return payload.apply(null, invalid.errors());
        }
    }
}
