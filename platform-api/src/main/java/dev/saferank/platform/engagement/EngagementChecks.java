package dev.saferank.platform.engagement;

import dev.saferank.platform.agency.CreditCode;
import dev.saferank.platform.graphql.UserError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Every problem of an engagement's input that needs no database, found before anything is written. */
final class EngagementChecks {

    static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

    private EngagementChecks() {}

    static List<UserError> problems(EngagementInput input, LocalDate today) {
        List<UserError> errors = new ArrayList<>();
        String name = input.trimmedName();
        if (name.isEmpty()) {
            errors.add(UserError.of("input.enterpriseName", "REQUIRED", "请填写服务单位名称"));
        } else if (name.length() > 200) {
            errors.add(UserError.of("input.enterpriseName", "TOO_LONG", "服务单位名称过长（上限 200 字）"));
        }
        input.creditCode()
                .flatMap(CreditCode::problem)
                .ifPresent(problem ->
                        errors.add(UserError.of("input.enterpriseCreditCode", "INVALID_CREDIT_CODE", problem)));
        if (ServiceTypes.label(input.serviceType()).isEmpty()) {
            errors.add(UserError.of(
                    "input.serviceType",
                    "INVALID_SERVICE_TYPE",
                    "服务类型无效，应为：" + String.join("、", ServiceTypes.all().values()) + "之一"));
        }
        LocalDate date = input.contractDate();
        if (date == null) {
            errors.add(UserError.of("input.contractDate", "REQUIRED", "请填写合同签订日期"));
        } else if (date.getYear() < 2000) {
            errors.add(UserError.of("input.contractDate", "OUT_OF_RANGE", "合同签订日期不能早于2000年"));
        } else if (date.isAfter(today)) {
            errors.add(UserError.of("input.contractDate", "IN_FUTURE", "合同签订日期不能晚于今天"));
        }
        BigDecimal amount = input.amount();
        if (amount != null) {
            if (amount.signum() < 0) {
                errors.add(UserError.of("input.amount", "NEGATIVE", "合同金额不能为负数"));
            } else if (amount.compareTo(MAX_AMOUNT) > 0) {
                errors.add(UserError.of("input.amount", "TOO_LARGE", "合同金额过大"));
            } else if (amount.stripTrailingZeros().scale() > 2) {
                errors.add(UserError.of("input.amount", "TOO_PRECISE", "合同金额最多保留两位小数"));
            }
        }
        if (input.idempotencyKey() != null
                && (input.idempotencyKey().isBlank() || input.idempotencyKey().length() > 64)) {
            errors.add(UserError.of("input.idempotencyKey", "INVALID_KEY", "幂等键应为 1 到 64 个字符"));
        }
        return errors;
    }
}
