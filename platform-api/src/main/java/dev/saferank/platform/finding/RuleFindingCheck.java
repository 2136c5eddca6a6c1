package dev.saferank.platform.finding;

import dev.saferank.platform.graphql.UserError;
import dev.saferank.scheme.Rule;
import dev.saferank.scheme.Scheme;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Whether a finding may name a code of the scheme, and with which count, value and enterprise: the
 * same rules as the engine's facts check (SCHEME-FORMAT.md sections 4, 10 and 14), so that a
 * confirmed finding never makes the preview or the rating fail.
 */
final class RuleFindingCheck {

    static final int MAX_COUNT = 100_000;
    static final int MAX_SCALE = 4;

    /** What the rule needs: a share or amount, and an enterprise. */
    record Needs(boolean perEnterprise) {}

    private RuleFindingCheck() {}

    static Optional<Needs> check(Scheme scheme, RecordFindingInput in, List<UserError> errors) {
        String code = in.ruleCode();
        int count = in.count() == null ? 1 : in.count();
        if (count < 1 || count > MAX_COUNT) {
            errors.add(UserError.of("input.count", "INVALID_COUNT", "次数须为 1 到 " + MAX_COUNT + " 之间的整数"));
        }
        Optional<Rule> rule = code == null ? Optional.empty() : scheme.rule(code);
        if (rule.isEmpty()) {
            if (namedByFindings(scheme, code)) {
                noShare(in, errors, "否决项或排除项");
                noEnterprise(in, errors);
                return Optional.of(new Needs(false));
            }
            String message =
                    computedOutcome(scheme, code) ? "“" + code + "”按条件自动判定，不能通过检查发现记录" : "考评标准中没有规则“" + code + "”";
            errors.add(UserError.of("input.ruleCode", "UNKNOWN_RULE", message));
            return Optional.empty();
        }
        if (!rule.get().takesFindings()) {
            errors.add(UserError.of("input.ruleCode", "NOT_BY_FINDING", "规则“" + code + "”由机构数据、测评、处罚或表彰计算，不能通过检查发现记录"));
            return Optional.empty();
        }
        switch (rule.get()) {
            case Rule.Proportional p -> share(in, count, errors);
            case Rule.Amount a -> amount(in, a.cap(), errors);
            default -> noShare(in, errors, "规则“" + code + "”");
        }
        boolean perEnterprise = scheme.sections().stream()
                .filter(section -> section.perEnterprise())
                .flatMap(section -> section.items().stream())
                .flatMap(item -> item.rules().stream())
                .anyMatch(r -> r.code().equals(code));
        if (perEnterprise && (in.enterprise() == null || in.enterprise().isBlank())) {
            errors.add(UserError.of("input.enterprise", "REQUIRED", "规则“" + code + "”按服务企业评分，请填写服务企业（服务项目编号）"));
        } else if (!perEnterprise) {
            noEnterprise(in, errors);
        }
        return Optional.of(new Needs(perEnterprise));
    }

    private static boolean namedByFindings(Scheme scheme, String code) {
        return scheme.vetoes().stream()
                        .anyMatch(v -> v.code().equals(code) && v.when().isEmpty())
                || scheme.exclusions().stream()
                        .anyMatch(e -> e.code().equals(code) && e.when().isEmpty());
    }

    private static boolean computedOutcome(Scheme scheme, String code) {
        return scheme.vetoes().stream().anyMatch(v -> v.code().equals(code))
                || scheme.exclusions().stream().anyMatch(e -> e.code().equals(code));
    }

    private static void share(RecordFindingInput in, int count, List<UserError> errors) {
        if (in.value() != null && in.of() != null) {
            errors.add(UserError.of("input.value", "VALUE_AND_OF", "比例只能填写 value 或“次数/总数”（of）之一"));
        } else if (in.of() != null) {
            if (in.of() < 1 || count > in.of()) {
                errors.add(UserError.of("input.of", "INVALID_OF", "总数须不小于 1 且不小于次数"));
            }
        } else if (in.value() == null) {
            errors.add(UserError.of("input.value", "REQUIRED", "比例扣分规则须填写比例（0 到 1）或“次数/总数”"));
        } else if (in.value().signum() < 0 || in.value().compareTo(BigDecimal.ONE) > 0) {
            errors.add(UserError.of("input.value", "OUT_OF_RANGE", "比例须在 0 到 1 之间"));
        } else {
            precision(in.value(), errors);
        }
    }

    private static void amount(RecordFindingInput in, BigDecimal cap, List<UserError> errors) {
        if (in.of() != null) {
            errors.add(UserError.of("input.of", "NOT_PROPORTIONAL", "只有比例扣分规则可填写总数（of）"));
        }
        if (in.value() == null) {
            errors.add(UserError.of("input.value", "REQUIRED", "请填写分值"));
        } else if (in.value().signum() < 0 || in.value().compareTo(cap) > 0) {
            errors.add(UserError.of("input.value", "OUT_OF_RANGE", "分值须在 0 到 " + cap.toPlainString() + " 之间"));
        } else {
            precision(in.value(), errors);
        }
    }

    /** The column keeps 4 decimals; a finer value would be stored other than given (1/3: use count of). */
    private static void precision(BigDecimal value, List<UserError> errors) {
        if (value.stripTrailingZeros().scale() > MAX_SCALE) {
            errors.add(UserError.of("input.value", "TOO_PRECISE", "最多 4 位小数（比例除不尽时请填写“次数/总数”）"));
        }
    }

    private static void noShare(RecordFindingInput in, List<UserError> errors, String what) {
        if (in.value() != null) {
            errors.add(UserError.of("input.value", "NO_VALUE", what + "按次数计，不填写比例或分值"));
        }
        if (in.of() != null) {
            errors.add(UserError.of("input.of", "NOT_PROPORTIONAL", "只有比例扣分规则可填写总数（of）"));
        }
    }

    private static void noEnterprise(RecordFindingInput in, List<UserError> errors) {
        if (in.enterprise() != null && !in.enterprise().isBlank()) {
            errors.add(UserError.of("input.enterprise", "NOT_PER_ENTERPRISE", "该规则不按服务企业评分，不填写服务企业"));
        }
    }
}
