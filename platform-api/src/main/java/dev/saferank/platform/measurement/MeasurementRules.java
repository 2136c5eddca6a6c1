package dev.saferank.platform.measurement;

import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.graphql.UserError;
import dev.saferank.scheme.MeasurementSpec;
import dev.saferank.scheme.Scheme;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks a measurement against the declaration of the year's scheme (SCHEME-FORMAT.md section 6), so
 * that the engine never meets a value it would refuse. Pure: every problem is collected, nothing is
 * written.
 */
final class MeasurementRules {

    static final int MAX_SUBJECT = 200;
    static final int MAX_NAME = 32;

    private MeasurementRules() {}

    static NewMeasurement check(Scheme scheme, MeasurementDraft d) {
        List<UserError> errors = new ArrayList<>();
        subject(d, errors);
        String name = d.name();
        if (name.length() > MAX_NAME || (d.group() != null && d.group().length() > MAX_NAME)) {
            errors.add(UserError.of(
                    name.length() > MAX_NAME ? "input.measurement" : "input.group", "TOO_LONG", "名称过长（上限 32 字符）"));
            throw new InvalidInputException(errors);
        }
        MeasurementSpec spec = scheme.measurements().get(name);
        if (spec == null) {
            errors.add(UserError.of(
                    "input.measurement",
                    "UNKNOWN_MEASUREMENT",
                    d.year() + " 年考评方案未设测评项 " + name + "（方案设有："
                            + scheme.measurements().keySet() + "）"));
            throw new InvalidInputException(errors);
        }
        String group = group(d, spec, errors);
        BigDecimal value;
        String response = null;
        String criteria = null;
        if (spec.isSurvey()) {
            response = answers(d, spec, errors);
            value = response == null ? null : surveyTotal(response, spec.choices());
        } else if (d.answers() != null) {
            errors.add(UserError.of("input.answers", "NOT_A_SURVEY", "测评项 " + name + " 不是选择题问卷，请填写得分"));
            value = null;
        } else if (d.review() != null) {
            value = review(d.review(), errors);
            criteria = value == null ? null : d.review().toJson();
        } else {
            value = d.score();
            if (value == null) {
                errors.add(UserError.of(d.form().scoreField, "REQUIRED", "请填写得分"));
            }
        }
        if (value != null && !spec.isSurvey()) {
            range(value, spec, d.review() != null ? "input.review" : d.form().scoreField, errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new NewMeasurement(
                d.agencyId(), d.year(), name, group, value, response, criteria, d.subject(), d.staffId());
    }

    private static void subject(MeasurementDraft d, List<UserError> errors) {
        String subject = d.subject();
        if (d.form().subjectRequired && (subject == null || subject.isBlank())) {
            errors.add(UserError.of(d.form().subjectField, "REQUIRED", "请填写被测评的人员或报告"));
        } else if (subject != null && subject.length() > MAX_SUBJECT) {
            errors.add(UserError.of(d.form().subjectField, "TOO_LONG", "内容过长（上限 " + MAX_SUBJECT + " 字）"));
        }
    }

    private static String group(MeasurementDraft d, MeasurementSpec spec, List<UserError> errors) {
        if (!spec.isGrouped()) {
            if (d.group() != null) {
                errors.add(UserError.of("input.group", "GROUP_NOT_DECLARED", "测评项 " + d.name() + " 不分测评组"));
            }
            return null;
        }
        if (d.group() == null || !spec.groups().contains(d.group())) {
            errors.add(UserError.of(
                    "input.group",
                    "UNKNOWN_GROUP",
                    "测评组须为方案规定的 " + spec.groups() + " 之一" + (d.group() == null ? "" : "，不能是 " + d.group())));
        }
        return d.group();
    }

    private static String answers(MeasurementDraft d, MeasurementSpec spec, List<UserError> errors) {
        String answers = d.answers();
        int questions = spec.questions().orElse(0);
        if (answers == null) {
            errors.add(UserError.of("input.answers", "REQUIRED", "请填写问卷答案（每题一个字母）"));
            return null;
        }
        if (answers.length() != questions) {
            errors.add(UserError.of(
                    "input.answers", "WRONG_ANSWER_COUNT", "问卷共 " + questions + " 题，答案有 " + answers.length() + " 个"));
            return null;
        }
        for (int i = 0; i < answers.length(); i++) {
            if (!spec.choices().containsKey(String.valueOf(answers.charAt(i)))) {
                errors.add(UserError.of(
                        "input.answers",
                        "UNKNOWN_CHOICE",
                        "第 " + (i + 1) + " 题的答案“" + answers.charAt(i) + "”不是 "
                                + spec.choices().keySet() + " 之一"));
                return null;
            }
        }
        return answers;
    }

    private static BigDecimal surveyTotal(String answers, Map<String, BigDecimal> choices) {
        BigDecimal total = BigDecimal.ZERO;
        for (char answer : answers.toCharArray()) {
            total = total.add(choices.get(String.valueOf(answer)));
        }
        return total;
    }

    private static BigDecimal review(ReviewForm form, List<UserError> errors) {
        int before = errors.size();
        form.answers().forEach((criterion, score) -> {
            if (score == null || score.signum() < 0 || score.compareTo(ReviewForm.CRITERION_MAX) > 0) {
                errors.add(UserError.of(
                        "input.review." + criterion, "OUT_OF_RANGE", ReviewForm.label(criterion) + "的得分须在 0 到 2 之间"));
            }
        });
        return errors.size() == before ? form.total() : null;
    }

    private static void range(BigDecimal value, MeasurementSpec spec, String field, List<UserError> errors) {
        boolean low = spec.min().map(min -> value.compareTo(min) < 0).orElse(false);
        boolean high = spec.max().map(max -> value.compareTo(max) > 0).orElse(false);
        if (value.stripTrailingZeros().scale() > 4) {
            errors.add(UserError.of(field, "TOO_PRECISE", "得分最多保留四位小数"));
        } else if (low || high) {
            errors.add(UserError.of(
                    field,
                    "OUT_OF_RANGE",
                    "得分须在 " + spec.min().map(BigDecimal::toPlainString).orElse("-∞") + " 到 "
                            + spec.max().map(BigDecimal::toPlainString).orElse("∞") + " 之间"));
        }
    }
}
