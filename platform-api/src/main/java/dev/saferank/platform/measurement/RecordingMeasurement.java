package dev.saferank.platform.measurement;

import dev.saferank.platform.agency.Agencies;
import dev.saferank.platform.graphql.ForbiddenException;
import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.graphql.NotFoundException;
import dev.saferank.platform.graphql.UserError;
import dev.saferank.platform.history.History;
import dev.saferank.platform.scheme.ActiveScheme;
import dev.saferank.platform.scheme.Schemes;
import dev.saferank.platform.security.Caller;
import dev.saferank.scheme.InvalidSchemeException;
import dev.saferank.scheme.Scheme;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records and withdraws measurements: checked against the year's scheme first, then written with its
 * history (and idempotency key) in one transaction.
 */
@Service
class RecordingMeasurement {

    static final String ENTITY = "measurement";
    static final int MAX_REASON = 2000;
    static final int MAX_KEY = 64;

    private final MeasurementMapper mapper;
    private final Agencies agencies;
    private final Schemes schemes;
    private final History history;
    private final JdbcTemplate jdbc;

    RecordingMeasurement(
            MeasurementMapper mapper, Agencies agencies, Schemes schemes, History history, JdbcTemplate jdbc) {
        this.mapper = mapper;
        this.agencies = agencies;
        this.schemes = schemes;
        this.history = history;
        this.jdbc = jdbc;
    }

    @Transactional
    Measurement record(Caller caller, MeasurementDraft draft, String idempotencyKey, String operation) {
        String tenant = caller.tenant().orElseThrow(ForbiddenException::new);
        agencies.require(caller, draft.agencyId());
        if (idempotencyKey != null && idempotencyKey.length() > MAX_KEY) {
            throw new InvalidInputException("input.idempotencyKey", "TOO_LONG", "幂等键过长（上限 64 字符）");
        }
        Optional<String> earlier = history.earlierResult(tenant, idempotencyKey, operation);
        if (earlier.isPresent()) {
            return mapper.find(tenant, Long.parseLong(earlier.get())).orElseThrow();
        }
        NewMeasurement checked = check(tenant, draft);
        var row = new MeasurementMapper.Row(checked, caller.username());
        mapper.insert(tenant, row);
        Measurement saved = mapper.find(tenant, row.id).orElseThrow();
        history.record(tenant, ENTITY, saved.id(), "recorded", caller.username(), null, saved);
        history.rememberKey(tenant, idempotencyKey, operation, saved.id());
        return saved;
    }

    /**
     * Checks a draft against the year's scheme; an exam names the examined person by staff id (临沂 三（四）"随机抽取一定
     * 数量的技术服务机构专业技术人员": the agency's registered technical staff), who must be an active staff member of that
     * agency, else refused on input.staffId with the other problems. The result keeps their registered name.
     */
    private NewMeasurement check(String tenant, MeasurementDraft draft) {
        Scheme scheme = scheme(tenant, draft.year());
        if (draft.form() != MeasurementDraft.Form.EXAM) {
            return MeasurementRules.check(scheme, draft);
        }
        Optional<String> name = draft.staffId() == null
                ? Optional.empty()
                : jdbc
                        .queryForList(
                                "SELECT name FROM staff WHERE tenant_id = ? AND agency_id = ? AND id = ?"
                                        + " AND status = 'active'",
                                String.class,
                                tenant,
                                draft.agencyId(),
                                draft.staffId())
                        .stream()
                        .findFirst();
        if (name.isPresent()) {
            return MeasurementRules.check(scheme, draft.withSubject(name.get()));
        }
        List<UserError> errors = new ArrayList<>();
        errors.add(
                draft.staffId() == null
                        ? UserError.of("input.staffId", "REQUIRED", "请从该机构在册的技术人员中选择被抽考人员")
                        : UserError.of(
                                "input.staffId",
                                "NOT_STAFF",
                                "人员 " + draft.staffId() + " 不是该机构在册的技术人员（或已撤销登记），请从该机构的技术人员中选择被抽考人员"));
        try {
            MeasurementRules.check(scheme, draft);
        } catch (InvalidInputException others) {
            errors.addAll(others.errors());
        }
        throw new InvalidInputException(errors);
    }

    @Transactional
    Measurement withdraw(Caller caller, long id, String reason) {
        String tenant = caller.tenant().orElseThrow(ForbiddenException::new);
        Measurement found = mapper.find(tenant, id)
                .filter(m -> agencies.visible(caller, m.agencyId()).isPresent())
                .orElseThrow(() -> new NotFoundException("测评数据 " + id));
        requireReason(reason);
        if (mapper.withdraw(tenant, found.id()) == 0) {
            throw new InvalidInputException("input.id", "ALREADY_WITHDRAWN", "该测评数据已撤销");
        }
        Measurement after = mapper.find(tenant, id).orElseThrow();
        history.record(tenant, ENTITY, id, "withdrawn", caller.username(), reason, after);
        return after;
    }

    static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("input.reason", "REQUIRED", "请填写撤销理由");
        }
        if (reason.length() > MAX_REASON) {
            throw new InvalidInputException("input.reason", "TOO_LONG", "撤销理由过长（上限 " + MAX_REASON + " 字）");
        }
    }

    private Scheme scheme(String tenant, int year) {
        try {
            return schemes.active(tenant, year)
                    .map(ActiveScheme::scheme)
                    .orElseThrow(() ->
                            new InvalidInputException("input.year", "NO_ACTIVE_SCHEME", year + " 年尚未启用考评方案，无法记录测评数据"));
        } catch (InvalidSchemeException checklistOnly) {
            throw new InvalidInputException("input.year", "NOT_SCORED", year + " 年的考评方案为检查表方案，不设测评项");
        }
    }
}
