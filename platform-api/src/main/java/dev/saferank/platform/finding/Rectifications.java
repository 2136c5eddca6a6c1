package dev.saferank.platform.finding;

import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.graphql.UserError;
import dev.saferank.platform.history.History;
import dev.saferank.platform.security.Caller;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rectifications (整改) of findings. Each step is recorded in the finding's history, so that the
 * finding's history tells the whole story of the problem and what was done about it.
 */
@Service
class Rectifications {

    private final RectificationMapper mapper;
    private final FindingMapper findings;
    private final VisibleFindings visible;
    private final History history;

    Rectifications(RectificationMapper mapper, FindingMapper findings, VisibleFindings visible, History history) {
        this.mapper = mapper;
        this.findings = findings;
        this.visible = visible;
        this.history = history;
    }

    /** Checks a rectification before it is written; {@code observedOn} bounds the deadline. */
    static void check(
            List<UserError> errors,
            String at,
            String measure,
            LocalDate deadline,
            String responsible,
            LocalDate observedOn) {
        Texts.required(errors, at + "measure", "整改措施", measure, Texts.MAX_TEXT);
        Texts.required(errors, at + "responsible", "整改责任人", responsible, Texts.MAX_NAME);
        if (deadline == null) {
            errors.add(UserError.of(at + "deadline", "REQUIRED", "请填写整改期限"));
        } else if (observedOn != null && deadline.isBefore(observedOn)) {
            errors.add(UserError.of(at + "deadline", "BEFORE_FINDING", "整改期限不能早于发现日期 " + observedOn));
        }
    }

    @Transactional
    Finding set(Caller caller, String tenant, long findingId, String measure, LocalDate deadline, String responsible) {
        Finding finding = visible.require(caller, tenant, findingId);
        List<UserError> errors = new ArrayList<>();
        if (finding.status().equals("withdrawn")) {
            errors.add(UserError.of("input.findingId", "WITHDRAWN", "检查发现已撤回，不能设置整改"));
        }
        mapper.find(tenant, findingId)
                .filter(existing -> Set.of("submitted", "accepted").contains(existing.status()))
                .ifPresent(existing -> errors.add(UserError.of(
                        "input.findingId", "INVALID_TRANSITION", "整改已" + label(existing.status()) + "，不能修改")));
        check(errors, "input.", measure, deadline, responsible, finding.observedOn());
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        write(tenant, finding, measure, deadline, responsible, caller.username());
        return finding;
    }

    /** Writes a checked rectification and records it in the finding's history. */
    void write(String tenant, Finding finding, String measure, LocalDate deadline, String responsible, String actor) {
        mapper.set(tenant, finding.id(), measure.trim(), deadline, responsible.trim(), actor);
        history.record(
                tenant,
                "finding",
                finding.id(),
                "rectificationSet",
                actor,
                null,
                mapper.find(tenant, finding.id()).orElseThrow());
    }

    @Transactional
    Finding answer(Caller caller, String tenant, long findingId, String answer) {
        List<UserError> errors = new ArrayList<>();
        Texts.required(errors, "input.answer", "整改情况", answer, Texts.MAX_TEXT);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return move(caller, tenant, findingId, Set.of("open", "rejected"), "submitted", answer, null);
    }

    @Transactional
    Finding review(Caller caller, String tenant, long findingId, boolean accept, String reason) {
        if (!accept && (reason == null || reason.isBlank())) {
            throw new InvalidInputException("input.reason", "REQUIRED", "退回整改须填写理由");
        }
        List<UserError> errors = new ArrayList<>();
        Texts.optional(errors, "input.reason", "理由", reason, Texts.MAX_TEXT);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return move(caller, tenant, findingId, Set.of("submitted"), accept ? "accepted" : "rejected", null, reason);
    }

    private Finding move(
            Caller caller, String tenant, long findingId, Set<String> from, String to, String answer, String reason) {
        Finding finding = visible.require(caller, tenant, findingId);
        Rectification current = mapper.find(tenant, findingId)
                .orElseThrow(() -> new InvalidInputException("input.findingId", "NO_RECTIFICATION", "该检查发现尚未设置整改"));
        if (!from.contains(current.status())) {
            throw new InvalidInputException(
                    "input.findingId",
                    "INVALID_TRANSITION",
                    "整改当前为“" + label(current.status()) + "”，不能改为“" + label(to) + "”");
        }
        if (mapper.changeStatus(tenant, findingId, current.version(), to, answer, caller.username()) == 0) {
            throw new InvalidInputException("input.findingId", "CONCURRENT_CHANGE", "整改已被他人修改，请刷新后重试");
        }
        history.record(
                tenant,
                "finding",
                findingId,
                "rectification" + Character.toUpperCase(to.charAt(0)) + to.substring(1),
                caller.username(),
                reason,
                mapper.find(tenant, findingId).orElseThrow());
        return findings.find(tenant, finding.id()).orElseThrow();
    }

    private static String label(String status) {
        return Map.of("open", "待整改", "submitted", "已提交", "accepted", "已通过", "rejected", "已退回")
                .get(status);
    }
}
