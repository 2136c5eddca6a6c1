package dev.saferank.platform.report;

import dev.saferank.platform.agency.Agencies;
import dev.saferank.platform.graphql.ForbiddenException;
import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.graphql.NotFoundException;
import dev.saferank.platform.history.History;
import dev.saferank.platform.measurement.ExamResults;
import dev.saferank.platform.outbox.Outbox;
import dev.saferank.platform.security.Caller;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Uploads and withdraws reports: everything checked first (metadata, signatories against the
 * agency's staff, the file's text), then the report, its signatories, its history and its outbox
 * row written in one transaction.
 */
@Service
class UploadingReport {

    static final String ENTITY = "report";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** A signatory as the mutation names them. */
    record SignatoryInput(Long staffId, String name) {}

    /** An uploaded file: base64 content and the file name (.pdf or .docx). */
    record FileInput(String fileName, String contentBase64) {}

    record NewReport(
            long agencyId,
            String enterprise,
            String type,
            String reportNo,
            String title,
            LocalDate issuedOn,
            List<SignatoryInput> signatories,
            String body,
            FileInput file) {}

    private final ReportMapper mapper;
    private final Agencies agencies;
    private final History history;
    private final Outbox outbox;
    private final ApplicationEventPublisher events;
    private final ExamResults exams;

    UploadingReport(
            ReportMapper mapper,
            Agencies agencies,
            History history,
            Outbox outbox,
            ApplicationEventPublisher events,
            ExamResults exams) {
        this.mapper = mapper;
        this.agencies = agencies;
        this.history = history;
        this.outbox = outbox;
        this.events = events;
        this.exams = exams;
    }

    @Transactional
    Report upload(Caller caller, NewReport r, String idempotencyKey) {
        String tenant = caller.tenant().orElseThrow(ForbiddenException::new);
        agencies.require(caller, r.agencyId());
        if (idempotencyKey != null && idempotencyKey.length() > 64) {
            throw new InvalidInputException("input.idempotencyKey", "TOO_LONG", "幂等键过长（上限 64 字符）");
        }
        Optional<String> earlier = history.earlierResult(tenant, idempotencyKey, "uploadReport");
        if (earlier.isPresent()) {
            return mapper.find(tenant, Long.parseLong(earlier.get())).orElseThrow();
        }
        ReportRules.check(r, LocalDate.now(CHINA));
        List<Signatory> signatories = signatories(tenant, r);
        String body = r.body();
        String source = "text";
        String fileName = null;
        if (r.file() != null) {
            var extracted = ReportText.extract(r.file().fileName(), r.file().contentBase64());
            body = extracted.text();
            source = extracted.source();
            fileName = r.file().fileName();
        }
        var row = new ReportMapper.Row(
                r.agencyId(),
                r.enterprise().strip(),
                r.type(),
                blankToNull(r.reportNo()),
                r.title().strip(),
                r.issuedOn(),
                body,
                source,
                fileName,
                caller.username());
        mapper.insert(tenant, row);
        mapper.insertSignatories(tenant, row.id, signatories);
        Report saved = mapper.find(tenant, row.id).orElseThrow();
        history.record(tenant, ENTITY, saved.id(), "uploaded", caller.username(), null, summary(saved));
        history.rememberKey(tenant, idempotencyKey, "uploadReport", saved.id());
        outbox.enqueue(tenant, ENTITY, saved.id());
        events.publishEvent(new ReportUploaded(tenant, saved.id()));
        return saved;
    }

    @Transactional
    Report withdraw(Caller caller, long id, String reason) {
        String tenant = caller.tenant().orElseThrow(ForbiddenException::new);
        mapper.find(tenant, id)
                .filter(report -> agencies.visible(caller, report.agencyId()).isPresent())
                .orElseThrow(() -> new NotFoundException("报告 " + id));
        if (reason == null || reason.isBlank() || reason.length() > 2000) {
            throw new InvalidInputException("input.reason", "REQUIRED", "请填写撤回理由（不超过 2000 字）");
        }
        if (mapper.withdraw(tenant, id) == 0) {
            throw new InvalidInputException("input.id", "ALREADY_WITHDRAWN", "该报告已撤回");
        }
        Report after = mapper.find(tenant, id).orElseThrow();
        history.record(tenant, ENTITY, id, "withdrawn", caller.username(), reason, summary(after));
        outbox.enqueue(tenant, ENTITY, id);
        return after;
    }

    /** Signatories with staff ids must be staff of the report's agency; their names come from it. */
    private List<Signatory> signatories(String tenant, NewReport r) {
        var staffIds = r.signatories().stream()
                .map(SignatoryInput::staffId)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        Map<Long, String> names = staffIds.isEmpty()
                ? Map.of()
                : mapper.staffOf(tenant, r.agencyId(), staffIds).stream()
                        .collect(Collectors.toMap(ReportMapper.StaffName::id, ReportMapper.StaffName::name));
        List<Signatory> result = new ArrayList<>();
        for (int i = 0; i < r.signatories().size(); i++) {
            var s = r.signatories().get(i);
            if (s.staffId() != null && !names.containsKey(s.staffId())) {
                throw new InvalidInputException(
                        "input.signatories[" + i + "].staffId", "NOT_AGENCY_STAFF", "签字人不是该机构登记的人员");
            }
            String name =
                    s.staffId() != null ? names.get(s.staffId()) : s.name().strip();
            // 临沂 五、结果运用: "对专业技术人员测试不合格的，不得从事相应技术服务活动"
            var failed = exams.failure(
                    tenant, r.agencyId(), s.staffId(), name, r.issuedOn().getYear());
            if (failed.isPresent()) {
                throw new InvalidInputException(
                        "input.signatories[" + i + "]",
                        "SIGNATORY_FAILED_EXAM",
                        "签字人" + name + "在" + failed.get().year() + "年度技术人员抽考中不合格（"
                                + failed.get().score().stripTrailingZeros().toPlainString() + "分，合格分"
                                + failed.get().passMark().stripTrailingZeros().toPlainString()
                                + "分），不得从事相应技术服务活动");
            }
            result.add(new Signatory(0, s.staffId(), name));
        }
        return result;
    }

    /** The history snapshot: the metadata, not the whole text. */
    private static Map<String, Object> summary(Report report) {
        return Map.of(
                "id", report.id(),
                "agencyId", report.agencyId(),
                "title", report.title(),
                "type", report.type(),
                "issuedOn", report.issuedOn().toString(),
                "source", report.source(),
                "status", report.status(),
                "version", report.version());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
