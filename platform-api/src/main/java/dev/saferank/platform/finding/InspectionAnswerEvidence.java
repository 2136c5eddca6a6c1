package dev.saferank.platform.finding;

import dev.saferank.platform.agency.Agencies;
import dev.saferank.platform.evidence.Evidence;
import dev.saferank.platform.evidence.EvidenceFile;
import dev.saferank.platform.evidence.EvidenceOwner;
import dev.saferank.platform.history.History;
import dev.saferank.platform.security.Caller;
import dev.saferank.platform.security.Callers;
import java.security.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.annotation.Lazy;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/**
 * Evidence of a checklist answer, any answer (a photo of the fire exit that was in order, the training plan
 * that exists): owner {@code inspectionAnswer}, the inspection's id with the question's number as the part
 * ({@code POST /evidence/inspectionAnswer/{inspectionId}?part=3}). A violation answer's evidence goes on the
 * finding it became as well; this is the answer's own. Seen by whoever may see the inspection (the agency's
 * visibility: the tenant's bureau, the county's staff for the county's agencies, the agency for its own);
 * attached by the bureau's and the county's staff, and by the agency only to its own self-inspection. Kept in
 * the inspection's history.
 */
@Controller
class InspectionAnswerEvidence implements EvidenceOwner {

    static final String TYPE = "inspectionAnswer";

    /** An answer as the API shows it: with its inspection, whose files are looked up by (inspection, question). */
    record AnswerView(long inspectionId, String question, String answer, String note, Long findingId) {}

    private final InspectionMapper inspections;
    private final Agencies agencies;
    private final History history;
    private final Evidence evidence;

    InspectionAnswerEvidence(
            InspectionMapper inspections, Agencies agencies, History history, @Lazy Evidence evidence) {
        this.inspections = inspections;
        this.agencies = agencies;
        this.history = history;
        this.evidence = evidence;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public boolean canSee(Caller caller, String tenant, long ownerId, String part) {
        return answered(caller, tenant, ownerId, part).isPresent();
    }

    @Override
    public boolean canAttach(Caller caller, String tenant, long ownerId, String part) {
        return answered(caller, tenant, ownerId, part)
                .filter(inspection -> caller.isBureauStaff()
                        || (caller.hasRole("agency-user") && "selfInspection".equals(inspection.source())))
                .isPresent();
    }

    /** The inspection, when the caller may see it and {@code part} is one of its answered questions. */
    private Optional<Inspection> answered(Caller caller, String tenant, long inspectionId, String part) {
        if (part == null || part.isBlank()) {
            return Optional.empty();
        }
        return inspections
                .find(tenant, inspectionId)
                .filter(found -> agencies.visible(caller, found.agencyId()).isPresent())
                .filter(found -> inspections.answers(tenant, inspectionId).stream()
                        .anyMatch(a -> a.question().equals(part)));
    }

    @Override
    public void attached(String tenant, long ownerId, String part, EvidenceFile file, String actor) {
        history.record(
                tenant,
                "inspection",
                ownerId,
                "evidenceAttached",
                actor,
                "第" + part + "题附件：" + file.fileName(),
                Map.of("question", part, "evidenceId", file.id(), "sha256", file.sha256()));
    }

    /** The files of each answer, all answers of a response's inspections read in one statement. */
    @BatchMapping(typeName = "InspectionAnswer")
    Map<AnswerView, List<EvidenceFile>> attachments(List<AnswerView> answers, Principal principal) {
        Map<Long, List<EvidenceFile>> files = evidence.of(
                Callers.tenant((Authentication) principal),
                TYPE,
                answers.stream().map(AnswerView::inspectionId).distinct().toList());
        Map<AnswerView, List<EvidenceFile>> out = new HashMap<>();
        answers.forEach(a -> out.put(
                a,
                files.getOrDefault(a.inspectionId(), List.of()).stream()
                        .filter(f -> a.question().equals(f.ownerPart()))
                        .toList()));
        return out;
    }
}
