package dev.saferank.platform.finding;

import dev.saferank.platform.agency.Agencies;
import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.graphql.UserError;
import dev.saferank.platform.history.History;
import dev.saferank.platform.scheme.ActiveScheme;
import dev.saferank.platform.scheme.Schemes;
import dev.saferank.platform.security.Caller;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a finding against the scheme active for its year. Every input is checked before anything
 * is written; a repeated submission with the same idempotency key returns the first finding.
 */
@Service
class RecordingFinding {

    static final String OPERATION = "recordFinding";

    private final FindingMapper mapper;
    private final Agencies agencies;
    private final Schemes schemes;
    private final History history;

    RecordingFinding(FindingMapper mapper, Agencies agencies, Schemes schemes, History history) {
        this.mapper = mapper;
        this.agencies = agencies;
        this.schemes = schemes;
        this.history = history;
    }

    @Transactional
    Finding record(Caller caller, String tenant, RecordFindingInput in) {
        List<UserError> errors = new ArrayList<>();
        Texts.optional(errors, "input.idempotencyKey", "幂等键", in.idempotencyKey(), Texts.MAX_KEY);
        if (errors.isEmpty()) {
            Optional<String> earlier = history.earlierResult(tenant, in.idempotencyKey(), OPERATION);
            if (earlier.isPresent()) {
                return mapper.find(tenant, Long.parseLong(earlier.get())).orElseThrow();
            }
        }
        if (in.agencyId() == null || agencies.visible(caller, in.agencyId()).isEmpty()) {
            errors.add(UserError.of("input.agencyId", "NOT_FOUND", "未找到机构 " + in.agencyId()));
        }
        Texts.required(errors, "input.evidence", "证据说明", in.evidence(), Texts.MAX_TEXT);
        Texts.source(errors, "input.source", in.source());
        Optional<ActiveScheme> active = in.year() == null ? Optional.empty() : schemes.active(tenant, in.year());
        if (active.isEmpty()) {
            errors.add(UserError.of("input.year", "NO_ACTIVE_SCHEME", in.year() + " 年没有启用的考评标准"));
        } else {
            checkObservedOn(in, errors);
            RuleFindingCheck.check(active.get().scheme(), in, errors)
                    .filter(needs -> needs.perEnterprise() && in.agencyId() != null)
                    .ifPresent(needs -> checkEnterprise(tenant, in, errors));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        var key = new GeneratedId();
        mapper.insert(
                tenant,
                new NewFinding(
                        in.agencyId(),
                        in.year(),
                        Finding.RULE,
                        in.ruleCode(),
                        in.count() == null ? 1 : in.count(),
                        in.value(),
                        in.of(),
                        blankToNull(in.enterprise()),
                        in.evidence(),
                        in.source(),
                        in.observedOn(),
                        null,
                        caller.username()),
                key);
        Finding finding = mapper.find(tenant, key.value()).orElseThrow();
        history.record(tenant, "finding", finding.id(), "recorded", caller.username(), null, finding);
        history.rememberKey(tenant, in.idempotencyKey(), OPERATION, finding.id());
        return finding;
    }

    private static void checkObservedOn(RecordFindingInput in, List<UserError> errors) {
        if (in.observedOn() == null) {
            errors.add(UserError.of("input.observedOn", "REQUIRED", "请填写发现日期"));
        } else if (in.observedOn().getYear() != in.year()) {
            errors.add(UserError.of(
                    "input.observedOn", "OUTSIDE_YEAR", "发现日期 " + in.observedOn() + " 不在考评年度 " + in.year() + " 年内"));
        }
    }

    private void checkEnterprise(String tenant, RecordFindingInput in, List<UserError> errors) {
        if (in.enterprise() == null || in.enterprise().isBlank()) {
            return;
        }
        boolean served;
        try {
            served = mapper.countEngagement(
                            tenant,
                            in.agencyId(),
                            Long.parseLong(in.enterprise().trim()))
                    > 0;
        } catch (NumberFormatException notAnId) {
            served = false;
        }
        if (!served) {
            errors.add(
                    UserError.of("input.enterprise", "UNKNOWN_ENTERPRISE", "该机构没有编号为 " + in.enterprise() + " 的服务项目"));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
