package dev.saferank.platform.finding;

import dev.saferank.platform.graphql.ForbiddenException;
import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.history.History;
import dev.saferank.platform.security.Caller;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A finding's status: draft → confirmed (by a second person) → disputed (by the agency) → confirmed
 * again or withdrawn. Nothing is deleted; every step is kept in the history with who and why.
 */
@Service
class FindingLifecycle {

    /** The statuses each step starts from. */
    private static final Map<String, Set<String>> FROM = Map.of(
            "confirmed", Set.of("draft", "disputed"),
            "disputed", Set.of("confirmed"),
            "withdrawn", Set.of("draft", "confirmed", "disputed"));

    static final Map<String, String> LABELS =
            Map.of("draft", "草稿", "confirmed", "已确认", "disputed", "有异议", "withdrawn", "已撤回");

    private final FindingMapper mapper;
    private final VisibleFindings visible;
    private final History history;

    FindingLifecycle(FindingMapper mapper, VisibleFindings visible, History history) {
        this.mapper = mapper;
        this.visible = visible;
        this.history = history;
    }

    @Transactional
    Finding confirm(Caller caller, String tenant, long id, String reason) {
        Finding finding = visible.require(caller, tenant, id);
        if (finding.recordedBy().equals(caller.username())) {
            throw new InvalidInputException("input.id", "SAME_PERSON", "检查发现须由记录人以外的另一人确认");
        }
        if (reason != null) {
            requireReason(reason);
        }
        if (sharesTheShare(tenant, finding)) {
            throw new InvalidInputException(
                    "input.id", "SHARE_CONFIRMED_TWICE", "规则“" + finding.ruleCode() + "”的比例或分值已有一条已确认的检查发现，请先撤回那一条");
        }
        return move(caller, tenant, finding, "confirmed", reason);
    }

    @Transactional
    Finding dispute(Caller caller, String tenant, long id, String reason) {
        Finding finding = visible.require(caller, tenant, id);
        requireReason(reason);
        return move(caller, tenant, finding, "disputed", reason);
    }

    @Transactional
    Finding withdraw(Caller caller, String tenant, long id, String reason) {
        Finding finding = visible.require(caller, tenant, id);
        if (!caller.hasRole("bureau-admin") && !finding.recordedBy().equals(caller.username())) {
            throw new ForbiddenException();
        }
        requireReason(reason);
        return move(caller, tenant, finding, "withdrawn", reason);
    }

    private Finding move(Caller caller, String tenant, Finding finding, String to, String reason) {
        if (!FROM.get(to).contains(finding.status())) {
            throw new InvalidInputException(
                    "input.id",
                    "INVALID_TRANSITION",
                    "检查发现当前为“" + LABELS.get(finding.status()) + "”，不能改为“" + LABELS.get(to) + "”");
        }
        String confirmedBy = to.equals("confirmed") ? caller.username() : null;
        if (mapper.changeStatus(tenant, finding.id(), finding.version(), to, confirmedBy) == 0) {
            throw new InvalidInputException("input.id", "CONCURRENT_CHANGE", "检查发现已被他人修改，请刷新后重试");
        }
        Finding changed = mapper.find(tenant, finding.id()).orElseThrow();
        history.record(tenant, "finding", changed.id(), to, caller.username(), reason, changed);
        return changed;
    }

    /**
     * A proportional or amount rule takes one value per agency (and enterprise): a second confirmed
     * one would make the engine refuse the agency's facts, so the preview and the rating would fail.
     */
    private boolean sharesTheShare(String tenant, Finding finding) {
        if (finding.value() == null && finding.ofCount() == null) {
            return false;
        }
        return mapper.confirmedRuleFindings(tenant, finding.agencyId(), finding.year()).stream()
                .anyMatch(other -> other.id() != finding.id()
                        && other.ruleCode().equals(finding.ruleCode())
                        && Objects.equals(other.enterprise(), finding.enterprise()));
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("input.reason", "REQUIRED", "请填写理由");
        }
        if (reason.codePointCount(0, reason.length()) > Texts.MAX_TEXT) {
            throw new InvalidInputException("input.reason", "TOO_LONG", "理由过长（上限 " + Texts.MAX_TEXT + " 字）");
        }
    }
}
