package dev.saferank.platform.sampling;

import dev.saferank.platform.agency.Agency;
import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.graphql.UserError;
import dev.saferank.platform.history.History;
import dev.saferank.platform.scheme.Schemes;
import dev.saferank.scheme.Section;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records and withdraws the enterprises checked on site. Everything is checked first, nothing is written on
 * an error: the enterprise must be an active engagement of that agency with a contract in that year, the
 * year's scheme must score per enterprise, the check date must lie in the rating period (the year, or the
 * first half of the next, when 临沂 checks on site) and not in the future.
 */
@Service
class Sampling {

    static final String ENTITY = "sampledEnterprise";
    private static final ZoneId BUREAU_ZONE = ZoneId.of("Asia/Shanghai");

    private final SamplingMapper mapper;
    private final Schemes schemes;
    private final History history;

    Sampling(SamplingMapper mapper, Schemes schemes, History history) {
        this.mapper = mapper;
        this.schemes = schemes;
        this.history = history;
    }

    record RecordInput(long agencyId, Integer year, long engagementId, LocalDate checkedOn) {}

    @Transactional
    SampledEnterprise record(String tenant, Agency agency, RecordInput input, String actor) {
        List<UserError> errors = new ArrayList<>();
        Integer year = input.year();
        if (year == null || year < 2000 || year > 2100) {
            throw new InvalidInputException("input.year", "INVALID_YEAR", "年度须在 2000 到 2100 之间");
        }
        boolean perEnterprise = schemes.active(tenant, year)
                .map(active -> active.scheme().sections().stream().anyMatch(Section::perEnterprise))
                .orElse(false);
        if (!perEnterprise) {
            errors.add(UserError.of("input.year", "NOT_SCORED_PER_ENTERPRISE", year + " 年度启用的考评方案不按抽查企业评分，无需记录抽查企业"));
        }
        var served = mapper.engagement(tenant, input.engagementId())
                .filter(e -> e.agencyId() == agency.id() && e.status().equals("active"));
        if (served.isEmpty()) {
            errors.add(UserError.of("input.engagementId", "NOT_AN_ENGAGEMENT", "抽查企业须为该机构登记的服务项目（服务企业）"));
        } else if (served.get().contractDate().getYear() != year) {
            errors.add(UserError.of(
                    "input.engagementId",
                    "NOT_IN_YEAR",
                    "该服务项目的合同日期为 " + served.get().contractDate() + "，不是 " + year + " 年度的服务企业"));
        }
        LocalDate checkedOn = input.checkedOn();
        if (checkedOn == null) {
            errors.add(UserError.of("input.checkedOn", "REQUIRED", "请填写现场检查日期"));
        } else if (checkedOn.isAfter(LocalDate.now(BUREAU_ZONE))) {
            errors.add(UserError.of("input.checkedOn", "IN_FUTURE", "现场检查日期不能晚于今天"));
        } else if (checkedOn.getYear() != year
                && !(checkedOn.getYear() == year + 1 && checkedOn.getMonthValue() <= 6)) {
            errors.add(UserError.of("input.checkedOn", "OUTSIDE_PERIOD", "现场检查日期须在 " + year + " 年度考评期内（至次年 6 月底）"));
        }
        var existing = mapper.byKey(tenant, agency.id(), year, input.engagementId());
        if (existing.isPresent() && existing.get().status().equals("active")) {
            errors.add(UserError.of("input.engagementId", "ALREADY_SAMPLED", "该企业已记录为本年度的抽查企业"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (existing.isPresent()) {
            mapper.reactivate(tenant, agency.id(), year, input.engagementId(), checkedOn, actor);
        } else {
            mapper.insert(tenant, agency.id(), year, input.engagementId(), checkedOn, actor);
        }
        SampledEnterprise sample =
                mapper.byKey(tenant, agency.id(), year, input.engagementId()).orElseThrow();
        history.record(
                tenant,
                ENTITY,
                sample.id(),
                existing.isEmpty() ? "recorded" : existing.get().status().equals("drawn") ? "checked" : "readded",
                actor,
                null,
                Map.of(
                        "agencyId", agency.id(),
                        "year", year,
                        "engagementId", input.engagementId(),
                        "checkedOn", checkedOn.toString()));
        return sample;
    }

    @Transactional
    SampledEnterprise withdraw(String tenant, SampledEnterprise sample, String reason, String actor) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("input.reason", "REQUIRED", "请填写撤销原因");
        }
        if (!sample.status().equals("active")) {
            throw new InvalidInputException("input.id", "ALREADY_WITHDRAWN", "该抽查记录已撤销");
        }
        mapper.withdraw(tenant, sample.id());
        history.record(tenant, ENTITY, sample.id(), "withdrawn", actor, reason.strip(), Map.of("status", "withdrawn"));
        return mapper.find(tenant, sample.id()).orElseThrow();
    }
}
