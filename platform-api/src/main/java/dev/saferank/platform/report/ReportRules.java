package dev.saferank.platform.report;

import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.graphql.UserError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Checks of a report's metadata; every problem is collected, then refused together. */
final class ReportRules {

    static final Map<String, String> TYPES = Map.of(
            "evaluation", "安全评价",
            "testing", "检测检验",
            "consulting", "安全咨询",
            "training", "安全培训",
            "standardisation", "标准化评审",
            "other", "其他");
    static final int MAX_BODY = 200_000;
    static final int MAX_SIGNATORIES = 20;

    private ReportRules() {}

    static void check(UploadingReport.NewReport r, LocalDate today) {
        List<UserError> errors = new ArrayList<>();
        text(errors, "input.enterprise", r.enterprise(), 200, "委托单位");
        text(errors, "input.title", r.title(), 300, "报告名称");
        if (r.reportNo() != null && r.reportNo().length() > 64) {
            errors.add(UserError.of("input.reportNo", "TOO_LONG", "报告编号过长（上限 64 字）"));
        }
        if (r.type() == null || !TYPES.containsKey(r.type())) {
            errors.add(UserError.of(
                    "input.type",
                    "UNKNOWN_TYPE",
                    "报告类型应为 evaluation、testing、consulting、training、standardisation 或 other"));
        }
        if (r.issuedOn() == null) {
            errors.add(UserError.of("input.issuedOn", "REQUIRED", "请填写报告出具日期"));
        } else if (r.issuedOn().isAfter(today)) {
            errors.add(UserError.of("input.issuedOn", "DATE_IN_FUTURE", "报告出具日期不能晚于今天"));
        }
        if (r.signatories() == null || r.signatories().isEmpty()) {
            errors.add(UserError.of("input.signatories", "REQUIRED", "请至少填写一名签字人"));
        } else if (r.signatories().size() > MAX_SIGNATORIES) {
            errors.add(UserError.of("input.signatories", "TOO_MANY", "签字人过多（上限 20 人）"));
        } else {
            for (int i = 0; i < r.signatories().size(); i++) {
                var s = r.signatories().get(i);
                if (s.staffId() == null && (s.name() == null || s.name().isBlank())) {
                    errors.add(UserError.of("input.signatories[" + i + "]", "REQUIRED", "签字人须填写人员编号或姓名"));
                } else if (s.name() != null && s.name().length() > 100) {
                    errors.add(UserError.of("input.signatories[" + i + "].name", "TOO_LONG", "签字人姓名过长（上限 100 字）"));
                }
            }
        }
        boolean hasBody = r.body() != null && !r.body().isBlank();
        if (hasBody == (r.file() != null)) {
            errors.add(UserError.of("input.body", "BODY_OR_FILE", "请填写报告正文或上传报告文件（二选一）"));
        } else if (hasBody && r.body().length() > MAX_BODY) {
            errors.add(UserError.of("input.body", "TOO_LONG", "报告正文过长（上限 200000 字）"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static void text(List<UserError> errors, String field, String value, int max, String label) {
        if (value == null || value.isBlank()) {
            errors.add(UserError.of(field, "REQUIRED", "请填写" + label));
        } else if (value.length() > max) {
            errors.add(UserError.of(field, "TOO_LONG", label + "过长（上限 " + max + " 字）"));
        }
    }
}
