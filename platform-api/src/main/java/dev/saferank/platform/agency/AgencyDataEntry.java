package dev.saferank.platform.agency;

import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.graphql.UserError;
import dev.saferank.platform.history.History;
import dev.saferank.platform.scheme.Schemes;
import dev.saferank.rating.facts.DerivedFields;
import dev.saferank.scheme.AgencyField;
import dev.saferank.scheme.Scheme;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Entering agency data the platform cannot derive: only fields the tenant's scheme active for the
 * year declares, within the declared bounds.
 */
@Service
class AgencyDataEntry {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private final AgencyDataMapper mapper;
    private final Schemes schemes;
    private final History history;

    AgencyDataEntry(AgencyDataMapper mapper, Schemes schemes, History history) {
        this.mapper = mapper;
        this.schemes = schemes;
        this.history = history;
    }

    /** Stores the value; the caller has already found the agency visible. */
    @Transactional
    void set(String tenant, Agency agency, int year, String field, BigDecimal value, String reason, String actor) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidInputException(
                    "input.year", "INVALID_YEAR", "年度须在 " + FIRST_YEAR + " 到 " + LAST_YEAR + " 之间");
        }
        Scheme scheme = schemes.active(tenant, year)
                .orElseThrow(
                        () -> new InvalidInputException("input.year", "NO_ACTIVE_SCHEME", year + " 年尚未启用考评标准，无法填写机构数据"))
                .scheme();
        List<UserError> errors = new ArrayList<>(problems(scheme, field, value));
        if (reason != null && reason.length() > 500) {
            errors.add(UserError.of("input.reason", "TOO_LONG", "原因过长（上限 500 字）"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        mapper.upsert(tenant, agency.id(), year, field, value, actor);
        history.record(
                tenant,
                "agencyData",
                agency.id() + "/" + year + "/" + field,
                "set",
                actor,
                reason,
                Map.of("agencyId", agency.id(), "year", year, "field", field, "value", value));
    }

    private static List<UserError> problems(Scheme scheme, String field, BigDecimal value) {
        AgencyField declared = field == null ? null : scheme.agencyData().get(field);
        if (declared == null) {
            return List.of(UserError.of(
                    "input.field",
                    "UNKNOWN_FIELD",
                    "考评标准未定义机构数据项“" + AgencyChecks.shorten(String.valueOf(field)) + "”，可填写："
                            + String.join("、", enterable(scheme))));
        }
        if (DerivedFields.isDerived(field)) {
            return List.of(UserError.of(
                    "input.field", "DERIVED_FIELD", "“" + declared.wording() + "”由登记的机构、人员或业务信息自动计算，不能手工填写"));
        }
        if (value.compareTo(declared.min()) < 0 || value.compareTo(declared.max()) > 0) {
            return List.of(UserError.of(
                    "input.value",
                    "OUT_OF_RANGE",
                    "“" + declared.wording() + "”须在 " + declared.min().toPlainString() + " 到 "
                            + declared.max().toPlainString() + " 之间"));
        }
        if (declared.integer() && value.stripTrailingZeros().scale() > 0) {
            return List.of(UserError.of("input.value", "NOT_INTEGER", "“" + declared.wording() + "”须为整数"));
        }
        if (value.stripTrailingZeros().scale() > 4) {
            return List.of(UserError.of("input.value", "TOO_PRECISE", "数值最多保留四位小数"));
        }
        return List.of();
    }

    private static List<String> enterable(Scheme scheme) {
        return scheme.agencyData().keySet().stream()
                .filter(name -> !DerivedFields.isDerived(name))
                .toList();
    }
}
