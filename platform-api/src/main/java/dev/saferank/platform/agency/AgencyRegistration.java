package dev.saferank.platform.agency;

import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.graphql.NotFoundException;
import dev.saferank.platform.graphql.UserError;
import dev.saferank.platform.history.History;
import dev.saferank.platform.security.Caller;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering an agency and changing its registration. Everything is checked first; then the
 * agency, its districts and its history are written in one transaction.
 */
@Service
class AgencyRegistration {

    private final AgencyMapper mapper;
    private final History history;

    AgencyRegistration(AgencyMapper mapper, History history) {
        this.mapper = mapper;
        this.history = history;
    }

    static final String OPERATION = "registerAgency";

    @Transactional
    Agency register(Caller caller, String tenant, AgencyInput input) {
        String actor = caller.username();
        Optional<Agency> repeated = Keys.check(input.idempotencyKey())
                .flatMap(key -> history.earlierResult(tenant, key, OPERATION))
                .flatMap(id -> mapper.find(tenant, Long.parseLong(id)));
        if (repeated.isPresent()) {
            return repeated.get();
        }
        List<UserError> errors = new ArrayList<>(checked(tenant, input, 0));
        errors.addAll(CountyScope.districtProblems(caller, input.districtCodes(), Set.of()));
        Optional<String> codeProblem = CreditCode.problem(input.creditCode());
        if (codeProblem.isPresent()) {
            errors.addFirst(UserError.of("input.creditCode", "INVALID_CREDIT_CODE", codeProblem.get()));
        } else if (mapper.findByCreditCode(tenant, input.creditCode()).isPresent()) {
            errors.addFirst(duplicate(input.creditCode()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        try {
            mapper.insert(tenant, input, input.trimmedName(), input.account().orElse(null), actor);
        } catch (DuplicateKeyException raced) {
            throw new InvalidInputException(List.of(duplicate(input.creditCode())));
        }
        Agency agency = mapper.findByCreditCode(tenant, input.creditCode()).orElseThrow();
        writeDistricts(tenant, agency.id(), input.districtCodes());
        history.rememberKey(tenant, input.idempotencyKey(), OPERATION, agency.id());
        history.record(tenant, "agency", agency.id(), "registered", actor, null, snapshot(agency, input));
        return agency;
    }

    @Transactional
    Agency update(Caller caller, String tenant, long id, int version, AgencyInput input, String reason) {
        String actor = caller.username();
        Agency current = inScope(caller, tenant, id);
        List<UserError> errors = new ArrayList<>(checked(tenant, input, id));
        if (caller.isCounty()) {
            Set<String> before = new HashSet<>();
            mapper.districtsOf(tenant, List.of(id)).forEach(d -> before.add(d.code()));
            errors.addAll(CountyScope.districtProblems(caller, input.districtCodes(), before));
        }
        if (reason != null && reason.length() > 500) {
            errors.add(UserError.of("input.reason", "TOO_LONG", "修改原因过长（上限 500 字）"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (current.version() != version
                || mapper.update(
                                tenant,
                                id,
                                version,
                                input,
                                input.trimmedName(),
                                input.account().orElse(null))
                        == 0) {
            throw new InvalidInputException(
                    "input.version", "STALE_VERSION", "机构信息已被他人修改（当前版本 " + current.version() + "），请刷新后重试");
        }
        mapper.removeDistricts(tenant, id);
        writeDistricts(tenant, id, input.districtCodes());
        Agency updated = mapper.find(tenant, id).orElseThrow();
        history.record(tenant, "agency", id, "updated", actor, reason, snapshot(updated, input));
        return updated;
    }

    /** Deactivates (status withdrawn) or reactivates (active) an agency, with the reason in its history. */
    @Transactional
    Agency changeStatus(Caller caller, String tenant, long id, String status, String reason) {
        String actor = caller.username();
        Agency current = inScope(caller, tenant, id);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new InvalidInputException("input.reason", "REQUIRED", "请填写原因");
        }
        if (why.length() > 500) {
            throw new InvalidInputException("input.reason", "TOO_LONG", "原因过长（上限 500 字）");
        }
        if (current.status().equals(status)) {
            throw new InvalidInputException("input.id", "UNCHANGED", "active".equals(status) ? "该机构已是正常状态" : "该机构已注销");
        }
        mapper.setStatus(tenant, id, status);
        Agency changed = mapper.find(tenant, id).orElseThrow();
        history.record(
                tenant,
                "agency",
                id,
                "active".equals(status) ? "reactivated" : "deactivated",
                actor,
                why,
                Map.of("status", status));
        return changed;
    }

    /**
     * The agency to change: any of the tenant's for the city, one working in the district for a
     * county (another district's is refused on {@code input.id}, like a missing one, writing nothing).
     */
    private Agency inScope(Caller caller, String tenant, long id) {
        Optional<Agency> found = mapper.find(tenant, id);
        if (caller.isCounty()) {
            String district = caller.district().orElseThrow();
            return found.filter(agency -> mapper.inDistrict(tenant, id, district))
                    .orElseThrow(() -> new InvalidInputException(
                            "input.id", "OUTSIDE_DISTRICT", "本辖区（" + district + "）没有机构 " + id + "，区县用户只能修改在本辖区从业的机构"));
        }
        return found.orElseThrow(() -> new NotFoundException("机构 " + id));
    }

    private List<UserError> checked(String tenant, AgencyInput input, long exceptId) {
        List<String> codes = input.districtCodes();
        var known = new HashSet<>(
                codes.isEmpty() || codes.size() > AgencyChecks.MAX_DISTRICTS
                        ? List.of()
                        : mapper.knownDistricts(tenant, codes));
        List<UserError> errors = new ArrayList<>(AgencyChecks.problems(input, known));
        input.account()
                .filter(account -> account.length() <= 100 && mapper.accountInUse(tenant, account, exceptId))
                .ifPresent(account -> errors.add(
                        UserError.of("input.accountUser", "ACCOUNT_IN_USE", "账号 " + account + " 已关联本市其他机构")));
        return errors;
    }

    private void writeDistricts(String tenant, long agencyId, List<String> codes) {
        if (!codes.isEmpty()) {
            mapper.insertDistricts(tenant, agencyId, codes);
        }
    }

    private static UserError duplicate(String code) {
        return UserError.of("input.creditCode", "DUPLICATE_CREDIT_CODE", "本市已登记统一社会信用代码为 " + code + " 的机构");
    }

    private static Map<String, Object> snapshot(Agency agency, AgencyInput input) {
        return Map.of("agency", agency, "districts", input.districtCodes());
    }
}
