package dev.saferank.platform.engagement;

import dev.saferank.platform.agency.Agency;
import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.graphql.UserError;
import dev.saferank.platform.history.History;
import dev.saferank.platform.security.Caller;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Recording and withdrawing engagements; a repeated submission (same idempotency key) returns the first. */
@Service
class EngagementBook {

    static final String OPERATION = "recordEngagement";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final EngagementMapper mapper;
    private final History history;

    EngagementBook(EngagementMapper mapper, History history) {
        this.mapper = mapper;
        this.history = history;
    }

    @Transactional
    Engagement record(String tenant, Agency agency, EngagementInput input, Caller caller) {
        String actor = caller.username();
        List<UserError> errors = new ArrayList<>(EngagementChecks.problems(input, LocalDate.now(CHINA)));
        if (input.district().isEmpty()) {
            errors.add(UserError.of("input.districtCode", "REQUIRED", "请填写服务单位所在区县"));
        } else if (input.districtCode().length() > 32 || !mapper.districtExists(tenant, input.districtCode())) {
            errors.add(UserError.of("input.districtCode", "UNKNOWN_DISTRICT", "本市没有该代码的区县"));
        } else if (caller.isCounty() && !caller.district().orElseThrow().equals(input.districtCode())) {
            errors.add(UserError.of(
                    "input.districtCode",
                    "OUTSIDE_DISTRICT",
                    "区县用户只能登记服务单位在本辖区（" + caller.district().orElseThrow() + "）的服务项目"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        var earlier = history.earlierResult(tenant, input.idempotencyKey(), OPERATION);
        if (earlier.isPresent()) {
            return mapper.find(tenant, Long.parseLong(earlier.get()))
                    .filter(first -> first.agencyId() == agency.id())
                    .orElseThrow(() ->
                            new InvalidInputException("input.idempotencyKey", "KEY_REUSED", "该幂等键已用于另一次提交，请使用新的幂等键"));
        }
        var row = new EngagementMapper.NewRow();
        mapper.insert(tenant, input, input.trimmedName(), input.creditCode().orElse(null), actor, row);
        Engagement engagement = mapper.find(tenant, row.id).orElseThrow();
        history.rememberKey(tenant, input.idempotencyKey(), OPERATION, engagement.id());
        history.record(tenant, "engagement", engagement.id(), "recorded", actor, null, engagement);
        return engagement;
    }

    @Transactional
    Engagement withdraw(String tenant, Engagement engagement, String reason, String actor) {
        if (reason != null && reason.length() > 500) {
            throw new InvalidInputException("input.reason", "TOO_LONG", "原因过长（上限 500 字）");
        }
        if (mapper.withdraw(tenant, engagement.id()) == 0) {
            throw new InvalidInputException("input.id", "ALREADY_WITHDRAWN", "该服务项目已撤销");
        }
        Engagement withdrawn = mapper.find(tenant, engagement.id()).orElseThrow();
        history.record(
                tenant, "engagement", engagement.id(), "withdrawn", actor, reason, Map.of("engagement", withdrawn));
        return withdrawn;
    }
}
