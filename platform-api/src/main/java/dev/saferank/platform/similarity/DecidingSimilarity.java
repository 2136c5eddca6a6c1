package dev.saferank.platform.similarity;

import dev.saferank.platform.finding.FindingDrafts;
import dev.saferank.platform.graphql.ForbiddenException;
import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.graphql.NotFoundException;
import dev.saferank.platform.history.History;
import dev.saferank.platform.report.Report;
import dev.saferank.platform.report.Reports;
import dev.saferank.platform.security.Caller;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An inspector's decision on a suggestion. Confirming records a draft rule finding for the suspect
 * report's agency (through the finding feature, with its checks and history) and marks the
 * suggestion confirmed, in one transaction; dismissing needs the reason. Either way the decision is
 * kept with who, when and why, and in the history.
 */
@Service
class DecidingSimilarity {

    static final String ENTITY = "reportSimilarity";
    static final int MAX_REASON = 2000;
    static final Map<String, String> STATUS_LABELS = Map.of("suggested", "待处理", "confirmed", "已确认", "dismissed", "已驳回");

    private final SimilarityMapper mapper;
    private final Reports reports;
    private final FindingDrafts findings;
    private final History history;

    DecidingSimilarity(SimilarityMapper mapper, Reports reports, FindingDrafts findings, History history) {
        this.mapper = mapper;
        this.reports = reports;
        this.findings = findings;
        this.history = history;
    }

    @Transactional
    ReportSimilarity confirm(Caller caller, long id, String ruleCode, String reason) {
        String tenant = caller.tenant().orElseThrow(ForbiddenException::new);
        ReportSimilarity suggestion = open(tenant, id);
        if (reason != null && reason.codePointCount(0, reason.length()) > MAX_REASON) {
            throw new InvalidInputException("input.reason", "TOO_LONG", "理由过长（上限 " + MAX_REASON + " 字）");
        }
        String code = ruleCode == null || ruleCode.isBlank() ? suggestion.ruleCode() : ruleCode.strip();
        if (code == null) {
            throw new InvalidInputException("input.ruleCode", "RULE_REQUIRED", suggestion.ruleNote());
        }
        Map<Long, Report> both =
                reports.byIds(tenant, List.of(suggestion.reportId(), suggestion.similarReportId())).stream()
                        .collect(Collectors.toMap(Report::id, Function.identity()));
        Report suspect = both.get(suggestion.reportId());
        Report original = both.get(suggestion.similarReportId());
        long findingId = findings.recordDraft(
                caller,
                tenant,
                new FindingDrafts.Draft(
                        suggestion.agencyId(),
                        suspect.issuedOn().getYear(),
                        code,
                        evidence(suggestion, suspect, original, reason),
                        "reportReview",
                        suspect.issuedOn()));
        return decide(caller, tenant, suggestion, "confirmed", findingId, blankToNull(reason));
    }

    @Transactional
    ReportSimilarity dismiss(Caller caller, long id, String reason) {
        String tenant = caller.tenant().orElseThrow(ForbiddenException::new);
        ReportSimilarity suggestion = open(tenant, id);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("input.reason", "REQUIRED", "请填写驳回理由");
        }
        if (reason.codePointCount(0, reason.length()) > MAX_REASON) {
            throw new InvalidInputException("input.reason", "TOO_LONG", "理由过长（上限 " + MAX_REASON + " 字）");
        }
        return decide(caller, tenant, suggestion, "dismissed", null, reason.strip());
    }

    private ReportSimilarity open(String tenant, long id) {
        ReportSimilarity suggestion = mapper.find(tenant, id).orElseThrow(() -> new NotFoundException("相似报告提示 " + id));
        if (!ReportSimilarity.SUGGESTED.equals(suggestion.status())) {
            throw new InvalidInputException(
                    "input.id", "ALREADY_DECIDED", "该相似报告提示已处理（" + STATUS_LABELS.get(suggestion.status()) + "）");
        }
        return suggestion;
    }

    private ReportSimilarity decide(
            Caller caller, String tenant, ReportSimilarity suggestion, String status, Long findingId, String reason) {
        if (mapper.decide(tenant, suggestion.id(), suggestion.version(), status, findingId, caller.username(), reason)
                == 0) {
            throw new InvalidInputException("input.id", "CONCURRENT_CHANGE", "该相似报告提示已被他人处理，请刷新后重试");
        }
        ReportSimilarity decided = mapper.find(tenant, suggestion.id()).orElseThrow();
        history.record(tenant, ENTITY, decided.id(), status, caller.username(), reason, decided);
        return decided;
    }

    /** Names both reports, so that the finding stands on its own. */
    static String evidence(ReportSimilarity s, Report suspect, Report original, String reason) {
        String percent = s.similarity().multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.DOWN) + "%";
        String whose = SuggestedRule.COPY.equals(s.kind()) ? "另一机构（机构编号 " + original.agencyId() + "）" : "本机构为另一委托单位";
        return SuggestedRule.label(s.kind()) + "：报告《" + suspect.title() + "》（报告编号 " + suspect.id()
                + describe(suspect) + "）与" + whose + "出具的报告《" + original.title() + "》（报告编号 " + original.id()
                + describe(original) + "）文字相似度 " + percent + "（已屏蔽委托单位和机构名称）。"
                + (reason == null || reason.isBlank() ? "" : "核实说明：" + reason.strip());
    }

    private static String describe(Report report) {
        return (report.reportNo() == null ? "" : "，文号 " + report.reportNo()) + "，委托单位 " + report.enterprise() + "，出具日期 "
                + report.issuedOn();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
