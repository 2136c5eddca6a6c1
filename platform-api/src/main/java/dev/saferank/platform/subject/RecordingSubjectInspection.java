package dev.saferank.platform.subject;

import dev.saferank.platform.finding.ChecklistAnswers;
import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.graphql.UserError;
import dev.saferank.platform.history.History;
import dev.saferank.platform.scheme.Schemes;
import dev.saferank.platform.security.Caller;
import dev.saferank.platform.subject.RecordSubjectInspectionInput.AnswerInput;
import dev.saferank.platform.tenant.CampaignDays;
import dev.saferank.scheme.Checklist;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a checklist answered for a subject, all or nothing. The checklist must be of the subject's kind (莆田
 * 附件2 for a 生产经营单位, never 附件1, which is the 安全培训机构's) and the day inside the year's campaign (莆田:
 * scheme year 2021, "2021年12月至2022年10月"). Every answer equal to its question's violation is a problem, with
 * its rectification when given ("对自查发现的问题实行清单管理，逐项落实整改").
 */
@Service
class RecordingSubjectInspection {

    static final int MAX_NOTE = 2000;
    static final Map<String, String> SOURCES = Map.of(
            "selfInspection", "自查",
            "routineInspection", "日常检查",
            "specialCampaign", "专项检查",
            "spotCheck", "抽查");

    private final SubjectMapper mapper;
    private final Subjects subjects;
    private final Schemes schemes;
    private final CampaignDays campaignDays;
    private final History history;

    RecordingSubjectInspection(
            SubjectMapper mapper, Subjects subjects, Schemes schemes, CampaignDays campaignDays, History history) {
        this.mapper = mapper;
        this.subjects = subjects;
        this.schemes = schemes;
        this.campaignDays = campaignDays;
        this.history = history;
    }

    @Transactional
    SubjectInspection record(Caller caller, String tenant, RecordSubjectInspectionInput in) {
        List<UserError> errors = new ArrayList<>();
        Optional<Subject> subject =
                in.subjectId() == null ? Optional.empty() : subjects.visible(caller, tenant, in.subjectId());
        if (subject.isEmpty()) {
            errors.add(UserError.of("input.subjectId", "NOT_FOUND", "未找到检查对象 " + in.subjectId()));
        }
        if (in.source() == null || !SOURCES.containsKey(in.source())) {
            errors.add(UserError.of(
                    "input.source",
                    "UNKNOWN_SOURCE",
                    "来源须为 selfInspection（自查）、routineInspection（日常检查）、specialCampaign（专项检查）或 spotCheck（抽查）之一"));
        }
        if (in.year() == null || in.year() < 2000 || in.year() > 2100) {
            errors.add(UserError.of("input.year", "INVALID_YEAR", "年度须在 2000 到 2100 之间"));
            throw new InvalidInputException(errors);
        }
        CampaignDays.Window window = campaignDays.window(tenant, in.year());
        if (!window.contains(in.inspectedOn())) {
            errors.add(UserError.of(
                    "input.inspectedOn",
                    "OUTSIDE_CAMPAIGN",
                    in.inspectedOn() == null ? "请填写检查日期" : window.mustContain("检查日期（" + in.inspectedOn() + "）")));
        }
        Optional<Checklist> checklist = schemes.active(tenant, in.year())
                .flatMap(active -> active.scheme().checklists().stream()
                        .filter(c -> c.id().equals(in.checklistId()))
                        .findFirst());
        if (checklist.isEmpty()) {
            errors.add(UserError.of(
                    "input.checklistId", "UNKNOWN_CHECKLIST", in.year() + " 年启用的考评标准中没有检查表“" + in.checklistId() + "”"));
        } else {
            Checklist c = checklist.get();
            subject.filter(s -> !s.kind().equals(c.subjectKind()))
                    .ifPresent(s -> errors.add(UserError.of(
                            "input.checklistId",
                            "WRONG_SUBJECT_KIND",
                            "检查表“" + c.id() + "”的检查对象是" + c.subject() + "，不能用于" + kindName(tenant, s.kind()) + "“"
                                    + s.name() + "”")));
            ChecklistAnswers.check(
                    c,
                    in.answers(),
                    AnswerInput::question,
                    (answer, question, at, found) -> answer(answer, question, at, in.inspectedOn(), found),
                    errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Checklist form = checklist.get();
        var key = new GeneratedId();
        mapper.insertInspection(
                tenant, in.subjectId(), in.year(), form.id(), in.inspectedOn(), in.source(), caller.username(), key);
        for (AnswerInput answer : in.answers()) {
            Checklist.Question question =
                    ChecklistAnswers.question(form, answer.question()).orElseThrow();
            boolean problem = question.violation().equals(answer.answer());
            var r = answer.rectification();
            mapper.insertAnswer(
                    tenant,
                    key.value(),
                    new SubjectInspection.Answer(
                            question.number(),
                            answer.answer(),
                            blankToNull(answer.note()),
                            problem,
                            r == null ? null : r.measure().strip(),
                            r == null ? null : r.deadline(),
                            r == null ? null : r.responsible().strip()));
        }
        SubjectInspection inspection =
                mapper.findInspection(tenant, key.value()).orElseThrow();
        history.record(tenant, "subjectInspection", inspection.id(), "recorded", caller.username(), null, inspection);
        return inspection;
    }

    private String kindName(String tenant, String kind) {
        return subjects.kinds(tenant).stream()
                .filter(k -> k.kind().equals(kind))
                .map(Subjects.Kind::name)
                .findFirst()
                .orElse(kind);
    }

    /** A subject's answer: 是 or 否, its note, and a 整改 only where the answer is a problem. */
    private static void answer(
            AnswerInput answer, Checklist.Question question, String at, LocalDate inspectedOn, List<UserError> errors) {
        if (answer.answer() == null || !Set.of("是", "否").contains(answer.answer())) {
            errors.add(UserError.of(at + "answer", "INVALID_ANSWER", "第 " + answer.question() + " 题的回答须为“是”或“否”"));
            return;
        }
        if (answer.note() != null && answer.note().length() > MAX_NOTE) {
            errors.add(UserError.of(at + "note", "TOO_LONG", "备注过长（上限 " + MAX_NOTE + " 字）"));
        }
        var r = answer.rectification();
        if (r == null) {
            return;
        }
        if (!question.violation().equals(answer.answer())) {
            errors.add(UserError.of(at + "rectification", "NO_PROBLEM", "第 " + answer.question() + " 题的回答不是问题，无需整改"));
            return;
        }
        if (r.measure() == null || r.measure().isBlank() || r.measure().length() > 500) {
            errors.add(UserError.of(at + "rectification.measure", "REQUIRED", "请填写整改措施（1 到 500 字）"));
        }
        if (r.responsible() == null
                || r.responsible().isBlank()
                || r.responsible().length() > 100) {
            errors.add(UserError.of(at + "rectification.responsible", "REQUIRED", "请填写整改责任人（1 到 100 字）"));
        }
        if (r.deadline() == null) {
            errors.add(UserError.of(at + "rectification.deadline", "REQUIRED", "请填写整改时限"));
        } else if (inspectedOn != null && r.deadline().isBefore(inspectedOn)) {
            errors.add(UserError.of(at + "rectification.deadline", "BEFORE_INSPECTION", "整改时限不能早于检查日期 " + inspectedOn));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
