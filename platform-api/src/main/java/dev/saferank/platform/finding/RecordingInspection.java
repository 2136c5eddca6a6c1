package dev.saferank.platform.finding;

import dev.saferank.platform.agency.Agencies;
import dev.saferank.platform.finding.RecordInspectionInput.AnswerInput;
import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.graphql.UserError;
import dev.saferank.platform.history.History;
import dev.saferank.platform.scheme.Schemes;
import dev.saferank.platform.security.Caller;
import dev.saferank.platform.tenant.CampaignDays;
import dev.saferank.scheme.Checklist;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a checklist inspection, all or nothing: every answer equal to its question's violation
 * becomes a draft checklist finding (no points) with its rectification; other answers are stored.
 */
@Service
class RecordingInspection {

    static final String OPERATION = "recordInspection";

    private final InspectionMapper mapper;
    private final FindingMapper findings;
    private final Rectifications rectifications;
    private final Agencies agencies;
    private final Schemes schemes;
    private final History history;
    private final CampaignDays campaignDays;

    RecordingInspection(
            InspectionMapper mapper,
            FindingMapper findings,
            Rectifications rectifications,
            Agencies agencies,
            Schemes schemes,
            History history,
            CampaignDays campaignDays) {
        this.mapper = mapper;
        this.findings = findings;
        this.rectifications = rectifications;
        this.agencies = agencies;
        this.schemes = schemes;
        this.history = history;
        this.campaignDays = campaignDays;
    }

    @Transactional
    Inspection record(Caller caller, String tenant, RecordInspectionInput in) {
        List<UserError> errors = new ArrayList<>();
        Texts.optional(errors, "input.idempotencyKey", "幂等键", in.idempotencyKey(), Texts.MAX_KEY);
        if (errors.isEmpty()) {
            Optional<String> earlier = history.earlierResult(tenant, in.idempotencyKey(), OPERATION);
            if (earlier.isPresent()) {
                return mapper.find(tenant, Long.parseLong(earlier.get())).orElseThrow();
            }
        }
        Optional<Checklist> checked = check(caller, tenant, in, errors);
        if (!errors.isEmpty() || checked.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Checklist checklist = checked.get();
        var key = new GeneratedId();
        mapper.insert(
                tenant,
                in.agencyId(),
                in.year(),
                checklist.id(),
                in.inspectedOn(),
                in.source(),
                caller.username(),
                key);
        for (AnswerInput answer : in.answers()) {
            Checklist.Question question =
                    ChecklistAnswers.question(checklist, answer.question()).orElseThrow();
            Long findingId = InspectionCheck.violation(question, answer.answer())
                    ? finding(caller, tenant, in, checklist, question, answer, key.value())
                    : null;
            mapper.insertAnswer(
                    tenant,
                    key.value(),
                    new Inspection.Answer(question.number(), answer.answer(), answer.note(), findingId));
        }
        Inspection inspection = mapper.find(tenant, key.value()).orElseThrow();
        history.record(tenant, "inspection", inspection.id(), "recorded", caller.username(), null, inspection);
        history.rememberKey(tenant, in.idempotencyKey(), OPERATION, inspection.id());
        return inspection;
    }

    private Optional<Checklist> check(Caller caller, String tenant, RecordInspectionInput in, List<UserError> errors) {
        boolean visible =
                in.agencyId() != null && agencies.visible(caller, in.agencyId()).isPresent();
        InspectionCheck.header(
                caller, in, visible, in.year() == null ? null : campaignDays.window(tenant, in.year()), errors);
        Optional<Checklist> checklist = Optional.ofNullable(in.year())
                .flatMap(year -> schemes.active(tenant, year))
                .flatMap(active -> active.scheme().checklists().stream()
                        .filter(c -> c.id().equals(in.checklistId()))
                        .findFirst());
        if (checklist.isEmpty()) {
            errors.add(UserError.of(
                    "input.checklistId", "UNKNOWN_CHECKLIST", in.year() + " 年启用的考评标准中没有检查表“" + in.checklistId() + "”"));
        } else {
            InspectionCheck.forAgency(checklist.get(), errors);
            InspectionCheck.answers(checklist.get(), in, errors);
        }
        return checklist;
    }

    private long finding(
            Caller caller,
            String tenant,
            RecordInspectionInput in,
            Checklist checklist,
            Checklist.Question question,
            AnswerInput answer,
            long inspectionId) {
        String evidence = question.text()
                + (answer.note() == null || answer.note().isBlank()
                        ? ""
                        : "\n备注：" + answer.note().trim());
        var key = new GeneratedId();
        findings.insert(
                tenant,
                new NewFinding(
                        in.agencyId(),
                        in.year(),
                        Finding.CHECKLIST,
                        "checklist:" + checklist.id() + ":" + question.number(),
                        1,
                        null,
                        null,
                        null,
                        evidence,
                        in.source(),
                        in.inspectedOn(),
                        inspectionId,
                        caller.username()),
                key);
        Finding finding = findings.find(tenant, key.value()).orElseThrow();
        history.record(tenant, "finding", finding.id(), "recorded", caller.username(), null, finding);
        var rectification = answer.rectification();
        if (rectification != null) {
            rectifications.write(
                    tenant,
                    finding,
                    rectification.measure(),
                    rectification.deadline(),
                    rectification.responsible(),
                    caller.username());
        }
        return finding.id();
    }
}
