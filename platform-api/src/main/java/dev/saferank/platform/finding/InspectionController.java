package dev.saferank.platform.finding;

import dev.saferank.platform.agency.Agencies;
import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.graphql.NotFoundException;
import dev.saferank.platform.graphql.UserError;
import dev.saferank.platform.history.DuplicateSubmissionException;
import dev.saferank.platform.security.Caller;
import dev.saferank.platform.security.Callers;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/**
 * Checklist inspections: inspectors and bureau admins inspect any agency of their tenant; an agency
 * user records the self-inspection (自查自改, 泉州 附件4) of its own agency.
 */
@Controller
class InspectionController {

    record RecordInspectionPayload(Inspection inspection, List<Finding> findings, List<UserError> errors) {}

    private final RecordingInspection recording;
    private final InspectionMapper mapper;
    private final Agencies agencies;

    InspectionController(RecordingInspection recording, InspectionMapper mapper, Agencies agencies) {
        this.recording = recording;
        this.mapper = mapper;
        this.agencies = agencies;
    }

    @QueryMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector', 'agency-user', 'county-admin', 'county-inspector')")
    Inspection inspection(@Argument long id, Authentication auth) {
        Caller caller = Callers.require(auth);
        return mapper.find(Callers.tenant(auth), id)
                .filter(found -> agencies.visible(caller, found.agencyId()).isPresent())
                .orElseThrow(() -> new NotFoundException("检查记录 " + id));
    }

    @MutationMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector', 'agency-user', 'county-admin', 'county-inspector')")
    RecordInspectionPayload recordInspection(@Argument RecordInspectionInput input, Authentication auth) {
        String tenant = Callers.tenant(auth);
        try {
            Inspection inspection = recording.record(Callers.require(auth), tenant, input);
            return new RecordInspectionPayload(inspection, mapper.findings(tenant, inspection.id()), List.of());
        } catch (InvalidInputException invalid) {
            return new RecordInspectionPayload(null, List.of(), invalid.errors());
        } catch (DuplicateSubmissionException duplicate) {
            return new RecordInspectionPayload(
                    null,
                    List.of(),
                    List.of(UserError.of("input.idempotencyKey", "DUPLICATE_SUBMISSION", duplicate.getMessage())));
        }
    }

    @SchemaMapping(typeName = "Inspection")
    List<InspectionAnswerEvidence.AnswerView> answers(Inspection inspection, Authentication auth) {
        return mapper.answers(Callers.tenant(auth), inspection.id()).stream()
                .map(a -> new InspectionAnswerEvidence.AnswerView(
                        inspection.id(), a.question(), a.answer(), a.note(), a.findingId()))
                .toList();
    }

    @SchemaMapping(typeName = "Inspection")
    List<Finding> findings(Inspection inspection, Authentication auth) {
        return mapper.findings(Callers.tenant(auth), inspection.id());
    }
}
