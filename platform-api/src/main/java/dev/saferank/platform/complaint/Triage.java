package dev.saferank.platform.complaint;

import dev.saferank.platform.agency.Agencies;
import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.graphql.NotFoundException;
import dev.saferank.platform.graphql.UserError;
import dev.saferank.platform.history.History;
import dev.saferank.platform.outbox.Outbox;
import dev.saferank.platform.report.Report;
import dev.saferank.platform.report.Reports;
import dev.saferank.platform.security.Caller;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bureau's handling of a complaint and its case. Each change names the version it was read at
 * (a second inspector acting on the same complaint gets STALE_VERSION), raises the version, and is
 * written with its history and outbox row in one transaction.
 */
@Service
class Triage {

    static final String CASE = "case";
    static final Set<String> STEP_KINDS =
            Set.of("investigation", "inspection", "interview", "rectificationOrder", "penalty", "transfer");
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    record Step(String kind, LocalDate takenOn, String note) {}

    record Outcome(String outcome, String note, List<FindingProposal> findings) {}

    private final ComplaintMapper mapper;
    private final Agencies agencies;
    private final Reports reports;
    private final History history;
    private final Outbox outbox;

    Triage(ComplaintMapper mapper, Agencies agencies, Reports reports, History history, Outbox outbox) {
        this.mapper = mapper;
        this.agencies = agencies;
        this.reports = reports;
        this.history = history;
        this.outbox = outbox;
    }

    @Transactional
    Complaint triage(Caller caller, long id, int version, long agencyId, List<Long> reportIds, String note) {
        String tenant = caller.tenant().orElseThrow();
        Complaint complaint = complaint(tenant, id);
        agencies.require(caller, agencyId);
        var wanted = new HashSet<>(reportIds == null ? List.<Long>of() : reportIds);
        if (wanted.size() > 50) {
            throw new InvalidInputException("input.reportIds", "TOO_MANY", "关联报告过多（上限 50 份）");
        }
        List<Report> found = reports.byIds(tenant, wanted);
        if (found.size() != wanted.size()) {
            throw new InvalidInputException("input.reportIds", "UNKNOWN_REPORT", "关联的报告不存在");
        }
        optionalText("input.note", note, 2000, "核查意见");
        requireOpen(complaint);
        if (mapper.triage(tenant, id, agencyId, blankToNull(note), version) == 0) {
            throw stale();
        }
        if (!wanted.isEmpty()) {
            mapper.linkReports(tenant, id, wanted);
        }
        return changed(tenant, id, "triaged", caller, note);
    }

    @Transactional
    Complaint close(Caller caller, long id, int version, String reason) {
        String tenant = caller.tenant().orElseThrow();
        Complaint complaint = complaint(tenant, id);
        requiredText("input.reason", reason, 2000, "办结理由");
        requireOpen(complaint);
        if (mapper.close(tenant, id, reason.strip(), version) == 0) {
            throw stale();
        }
        return changed(tenant, id, "closed", caller, reason);
    }

    @Transactional
    EnforcementCase openCase(Caller caller, long complaintId, int version, String title) {
        String tenant = caller.tenant().orElseThrow();
        Complaint complaint = complaint(tenant, complaintId);
        requiredText("input.title", title, 300, "案件名称");
        if (complaint.agencyId() == null || !"triaged".equals(complaint.status())) {
            throw new InvalidInputException("input.complaintId", "NOT_TRIAGED", "请先核查该投诉并关联被投诉机构，再立案");
        }
        if (mapper.markCaseOpened(tenant, complaintId, version) == 0) {
            throw stale();
        }
        var row = new ComplaintMapper.NewCase(complaintId, complaint.agencyId(), title.strip(), caller.username());
        mapper.insertCase(tenant, row);
        changed(tenant, complaintId, "caseOpened", caller, title);
        EnforcementCase opened = mapper.findCase(tenant, row.id).orElseThrow();
        history.record(tenant, CASE, opened.id(), "opened", caller.username(), title, opened);
        outbox.enqueue(tenant, CASE, opened.id());
        return opened;
    }

    @Transactional
    EnforcementCase recordStep(Caller caller, long caseId, int version, Step step) {
        String tenant = caller.tenant().orElseThrow();
        EnforcementCase before = enforcementCase(tenant, caseId);
        List<UserError> errors = new ArrayList<>();
        if (step.kind() == null || !STEP_KINDS.contains(step.kind())) {
            errors.add(UserError.of(
                    "input.kind",
                    "UNKNOWN_KIND",
                    "执法步骤应为 investigation、inspection、interview、rectificationOrder、penalty 或 transfer"));
        }
        if (step.takenOn() == null || step.takenOn().isAfter(LocalDate.now(CHINA))) {
            errors.add(UserError.of("input.takenOn", "DATE_IN_FUTURE", "执法日期不能为空或晚于今天"));
        }
        if (step.note() == null || step.note().isBlank() || step.note().length() > 5000) {
            errors.add(UserError.of("input.note", "REQUIRED", "请填写执法情况（不超过 5000 字）"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        requireOpenCase(before);
        if (mapper.touchCase(tenant, caseId, version) == 0) {
            throw stale();
        }
        mapper.insertStep(
                tenant, caseId, step.kind(), step.takenOn(), step.note().strip(), caller.username());
        return caseChanged(tenant, caseId, "step", caller, step.kind());
    }

    @Transactional
    EnforcementCase closeCase(Caller caller, long caseId, int version, Outcome outcome) {
        String tenant = caller.tenant().orElseThrow();
        EnforcementCase before = enforcementCase(tenant, caseId);
        List<UserError> errors = new ArrayList<>();
        if (!"confirmed".equals(outcome.outcome()) && !"unfounded".equals(outcome.outcome())) {
            errors.add(UserError.of("input.outcome", "UNKNOWN_OUTCOME", "办理结果应为 confirmed（查实）或 unfounded（不属实）"));
        }
        if (outcome.note() == null || outcome.note().isBlank() || outcome.note().length() > 5000) {
            errors.add(UserError.of("input.note", "REQUIRED", "请填写办理结果说明（不超过 5000 字）"));
        }
        var findings = outcome.findings() == null ? List.<FindingProposal>of() : outcome.findings();
        if (!findings.isEmpty() && !"confirmed".equals(outcome.outcome())) {
            errors.add(UserError.of("input.findings", "NOT_CONFIRMED", "只有查实的案件才能提出扣分问题"));
        }
        for (int i = 0; i < findings.size(); i++) {
            var f = findings.get(i);
            if (f.ruleCode() == null || f.ruleCode().isBlank() || f.ruleCode().length() > 64) {
                errors.add(UserError.of("input.findings[" + i + "].ruleCode", "REQUIRED", "请填写考评细则编号"));
            }
            if (f.year() < 2000 || f.year() > 2100) {
                errors.add(UserError.of("input.findings[" + i + "].year", "INVALID_YEAR", "考评年度无效"));
            }
            if (f.evidence() == null || f.evidence().isBlank() || f.evidence().length() > 2000) {
                errors.add(UserError.of("input.findings[" + i + "].evidence", "REQUIRED", "请填写问题依据（不超过 2000 字）"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        requireOpenCase(before);
        if (mapper.closeCase(tenant, caseId, outcome.outcome(), outcome.note().strip(), version) == 0) {
            throw stale();
        }
        if (!findings.isEmpty()) {
            mapper.insertProposals(tenant, caseId, findings);
        }
        return caseChanged(tenant, caseId, "closed", caller, outcome.note());
    }

    private Complaint complaint(String tenant, long id) {
        return mapper.find(tenant, id).orElseThrow(() -> new NotFoundException("投诉 " + id));
    }

    private EnforcementCase enforcementCase(String tenant, long id) {
        return mapper.findCase(tenant, id).orElseThrow(() -> new NotFoundException("案件 " + id));
    }

    private Complaint changed(String tenant, long id, String action, Caller caller, String reason) {
        Complaint after = mapper.find(tenant, id).orElseThrow();
        history.record(
                tenant,
                Filing.ENTITY,
                id,
                action,
                caller.username(),
                reason,
                Map.of("status", after.status(), "version", after.version()));
        outbox.enqueue(tenant, Filing.ENTITY, id);
        return after;
    }

    private EnforcementCase caseChanged(String tenant, long id, String action, Caller caller, String reason) {
        EnforcementCase after = mapper.findCase(tenant, id).orElseThrow();
        history.record(tenant, CASE, id, action, caller.username(), reason, after);
        outbox.enqueue(tenant, CASE, id);
        return after;
    }

    private static void requireOpen(Complaint complaint) {
        if ("closed".equals(complaint.status()) || "caseOpened".equals(complaint.status())) {
            throw new InvalidInputException("input.id", "ALREADY_HANDLED", "该投诉已办结或已立案");
        }
    }

    private static void requireOpenCase(EnforcementCase c) {
        if (!"open".equals(c.status())) {
            throw new InvalidInputException("input.caseId", "CASE_CLOSED", "该案件已结案");
        }
    }

    private static InvalidInputException stale() {
        return new InvalidInputException("input.version", "STALE_VERSION", "记录已被他人修改，请刷新后重试");
    }

    private static void requiredText(String field, String value, int max, String label) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "REQUIRED", "请填写" + label);
        }
        optionalText(field, value, max, label);
    }

    private static void optionalText(String field, String value, int max, String label) {
        if (value != null && value.length() > max) {
            throw new InvalidInputException(field, "TOO_LONG", label + "过长（上限 " + max + " 字）");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
