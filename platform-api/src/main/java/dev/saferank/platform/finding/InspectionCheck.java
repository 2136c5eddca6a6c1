package dev.saferank.platform.finding;

import dev.saferank.platform.finding.RecordInspectionInput.AnswerInput;
import dev.saferank.platform.graphql.UserError;
import dev.saferank.platform.security.Caller;
import dev.saferank.platform.tenant.CampaignDays;
import dev.saferank.scheme.Checklist;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Checks a checklist's answers: known questions, each once, answered 是 or 否. */
final class InspectionCheck {

    static final int MAX_NOTE = 2000;
    static final int MAX_ANSWERS = 200;

    private InspectionCheck() {}

    /** The question an answer is about, if the checklist has it. */
    static Optional<Checklist.Question> question(Checklist checklist, String number) {
        return checklist.questions().stream()
                .filter(q -> q.number().equals(number))
                .findFirst();
    }

    /** Whether an answer is the question's violation (then it is a finding). */
    static boolean violation(Checklist.Question question, String answer) {
        return question.violation().equals(answer);
    }

    /** A checklist answered for the wrong kind of subject (莆田 附件2 生产经营单位 for an agency) is refused. */
    static void forAgency(Checklist checklist, List<UserError> errors) {
        if (!checklist.forAgencies()) {
            errors.add(UserError.of(
                    "input.checklistId",
                    "WRONG_SUBJECT_KIND",
                    "检查表“" + checklist.id() + "”的检查对象是" + checklist.subject() + "，不能用于技术服务机构；请在“检查对象”中登记"
                            + checklist.subject() + "后检查"));
        }
    }

    /** The agency (visible to the caller), the source and the date (in the year's campaign) of an inspection. */
    static void header(
            Caller caller,
            RecordInspectionInput in,
            boolean agencyVisible,
            CampaignDays.Window window,
            List<UserError> errors) {
        if (!agencyVisible) {
            errors.add(UserError.of("input.agencyId", "NOT_FOUND", "未找到机构 " + in.agencyId()));
        }
        Texts.source(errors, "input.source", in.source());
        boolean staff = caller.isBureauStaff();
        if (!staff && !"selfInspection".equals(in.source())) {
            errors.add(UserError.of("input.source", "SELF_INSPECTION_ONLY", "机构用户只能填报本机构的自查（selfInspection）"));
        }
        if (in.inspectedOn() == null || in.year() == null || window == null || !window.contains(in.inspectedOn())) {
            errors.add(UserError.of(
                    "input.inspectedOn",
                    "OUTSIDE_YEAR",
                    window == null ? "检查日期须在考评年度 " + in.year() + " 年内" : window.mustContain("检查日期")));
        }
    }

    static void answers(Checklist checklist, RecordInspectionInput in, List<UserError> errors) {
        List<AnswerInput> answers = in.answers() == null ? List.of() : in.answers();
        if (answers.isEmpty() || answers.size() > MAX_ANSWERS) {
            errors.add(UserError.of("input.answers", "REQUIRED", "请回答检查表的问题（1 到 " + MAX_ANSWERS + " 项）"));
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < answers.size(); i++) {
            AnswerInput answer = answers.get(i);
            String at = "input.answers[" + i + "].";
            Optional<Checklist.Question> question = question(checklist, answer.question());
            if (question.isEmpty()) {
                errors.add(UserError.of(
                        at + "question",
                        "UNKNOWN_QUESTION",
                        "检查表“" + checklist.id() + "”没有第 " + answer.question() + " 题"));
                continue;
            }
            if (!seen.add(answer.question())) {
                errors.add(UserError.of(at + "question", "DUPLICATE_QUESTION", "第 " + answer.question() + " 题回答了两次"));
            }
            if (answer.answer() == null || answer.answer().isBlank()) {
                errors.add(UserError.of(at + "answer", "UNANSWERED", "第 " + answer.question() + " 题未作答"));
                continue;
            }
            if (!Set.of("是", "否").contains(answer.answer())) {
                errors.add(UserError.of(at + "answer", "INVALID_ANSWER", "回答须为“是”或“否”"));
                continue;
            }
            Texts.optional(errors, at + "note", "备注", answer.note(), MAX_NOTE);
            var rectification = answer.rectification();
            if (rectification == null) {
                continue;
            }
            if (!violation(question.get(), answer.answer())) {
                errors.add(
                        UserError.of(at + "rectification", "NO_FINDING", "第 " + answer.question() + " 题的回答不是问题，无需整改"));
            } else {
                Rectifications.check(
                        errors,
                        at + "rectification.",
                        rectification.measure(),
                        rectification.deadline(),
                        rectification.responsible(),
                        in.inspectedOn());
            }
        }
    }
}
