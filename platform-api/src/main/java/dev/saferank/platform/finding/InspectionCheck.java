package dev.saferank.platform.finding;

import dev.saferank.platform.finding.RecordInspectionInput.AnswerInput;
import dev.saferank.platform.graphql.UserError;
import dev.saferank.platform.security.Caller;
import dev.saferank.platform.tenant.CampaignDays;
import dev.saferank.scheme.Checklist;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Checks an agency's inspection: its header, its checklist's kind and its answers (是 or 否, 整改 on violations). */
final class InspectionCheck {

    static final int MAX_NOTE = 2000;

    private InspectionCheck() {}

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
        ChecklistAnswers.check(
                checklist,
                in.answers(),
                AnswerInput::question,
                (answer, question, at, found) -> answer(answer, question, at, in.inspectedOn(), found),
                errors);
    }

    /** An agency's answer: 是 or 否, its note, and a 整改 only where the answer is the violation. */
    private static void answer(
            AnswerInput answer, Checklist.Question question, String at, LocalDate inspectedOn, List<UserError> errors) {
        if (answer.answer() == null || answer.answer().isBlank()) {
            errors.add(UserError.of(at + "answer", "UNANSWERED", "第 " + answer.question() + " 题未作答"));
            return;
        }
        if (!Set.of("是", "否").contains(answer.answer())) {
            errors.add(UserError.of(at + "answer", "INVALID_ANSWER", "回答须为“是”或“否”"));
            return;
        }
        Texts.optional(errors, at + "note", "备注", answer.note(), MAX_NOTE);
        var rectification = answer.rectification();
        if (rectification == null) {
            return;
        }
        if (!violation(question, answer.answer())) {
            errors.add(UserError.of(at + "rectification", "NO_FINDING", "第 " + answer.question() + " 题的回答不是问题，无需整改"));
        } else {
            Rectifications.check(
                    errors,
                    at + "rectification.",
                    rectification.measure(),
                    rectification.deadline(),
                    rectification.responsible(),
                    inspectedOn);
        }
    }
}
