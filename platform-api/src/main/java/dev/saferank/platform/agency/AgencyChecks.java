package dev.saferank.platform.agency;

import dev.saferank.platform.graphql.UserError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Every problem of an agency's registration input, found before anything is written. */
final class AgencyChecks {

    static final int MAX_NAME = 200;
    static final int MAX_QUALIFICATIONS = 2000;
    static final int MAX_DISTRICTS = 100;
    static final BigDecimal MAX_AREA = new BigDecimal("9999999999.99");

    private AgencyChecks() {}

    /** Problems of the fields themselves; {@code knownDistricts} are the codes the tenant has. */
    static List<UserError> problems(AgencyInput input, Set<String> knownDistricts) {
        List<UserError> errors = new ArrayList<>();
        String name = input.trimmedName();
        if (name.isEmpty()) {
            errors.add(UserError.of("input.name", "REQUIRED", "请填写机构名称"));
        } else if (name.length() > MAX_NAME) {
            errors.add(UserError.of("input.name", "TOO_LONG", "机构名称过长（上限 " + MAX_NAME + " 字）"));
        }
        if (Categories.label(input.category()).isEmpty()) {
            errors.add(UserError.of("input.category", "INVALID_CATEGORY", "机构类别无效，应为：安全评价、检测检验、安全培训、安全生产标准化、安全咨询之一"));
        }
        if (input.qualifications() != null && input.qualifications().length() > MAX_QUALIFICATIONS) {
            errors.add(UserError.of("input.qualifications", "TOO_LONG", "资质说明过长（上限 " + MAX_QUALIFICATIONS + " 字）"));
        }
        BigDecimal area = input.officeArea();
        if (area != null) {
            if (area.signum() < 0) {
                errors.add(UserError.of("input.officeArea", "NEGATIVE", "办公场所面积不能为负数"));
            } else if (area.compareTo(MAX_AREA) > 0) {
                errors.add(UserError.of("input.officeArea", "TOO_LARGE", "办公场所面积过大"));
            } else if (area.stripTrailingZeros().scale() > 2) {
                errors.add(UserError.of("input.officeArea", "TOO_PRECISE", "办公场所面积最多保留两位小数"));
            }
        }
        List<String> districts = input.districtCodes();
        if (districts.size() > MAX_DISTRICTS) {
            errors.add(UserError.of("input.districts", "TOO_MANY", "服务区县过多（上限 " + MAX_DISTRICTS + " 个）"));
        } else {
            for (int i = 0; i < districts.size(); i++) {
                if (!knownDistricts.contains(districts.get(i))) {
                    errors.add(UserError.of(
                            "input.districts[" + i + "]",
                            "UNKNOWN_DISTRICT",
                            "本市没有代码为“" + shorten(districts.get(i)) + "”的区县"));
                }
            }
        }
        if (input.account().filter(a -> a.length() > 100).isPresent()) {
            errors.add(UserError.of("input.accountUser", "TOO_LONG", "机构账号过长"));
        }
        return errors;
    }

    /** Echo at most a short prefix of what the caller sent. */
    static String shorten(String text) {
        return text.length() <= 32 ? text : text.substring(0, 32) + "…";
    }
}
