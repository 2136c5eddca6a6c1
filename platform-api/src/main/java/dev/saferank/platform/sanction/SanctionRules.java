package dev.saferank.platform.sanction;

import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.graphql.UserError;
import dev.saferank.scheme.Level;
import dev.saferank.scheme.SanctionType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** What a sanction or honour must satisfy before it is written. Pure: every problem is collected. */
final class SanctionRules {

    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;
    static final int MAX_NAME = 200;
    static final int MAX_TEXT = 2000;

    private SanctionRules() {}

    static void checkSanction(int year, String type, String level, LocalDate decidedOn, String issuer, String reason) {
        List<UserError> errors = new ArrayList<>();
        year(year, errors);
        if (type == null || SanctionType.of(type).isEmpty()) {
            errors.add(UserError.of(
                    "input.type",
                    "UNKNOWN_TYPE",
                    "处理类型须为 interview（约谈）、circular（通报批评）、badRecord（不良信息）、penaltyCase（立案处罚）、multiAffiliation（多处挂靠）之一"));
        }
        level(level, errors);
        date("input.decidedOn", "决定日期", decidedOn, year, errors);
        text("input.issuer", "作出决定的机关", issuer, MAX_NAME, errors);
        text("input.reason", "事由", reason, MAX_TEXT, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    static void checkHonour(int year, String level, String cause, LocalDate awardedOn, String issuer) {
        List<UserError> errors = new ArrayList<>();
        year(year, errors);
        level(level, errors);
        text("input.cause", "表彰事由", cause, MAX_NAME, errors);
        date("input.awardedOn", "表彰日期", awardedOn, year, errors);
        text("input.issuer", "表彰机关", issuer, MAX_NAME, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static void year(int year, List<UserError> errors) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            errors.add(UserError.of("input.year", "OUT_OF_RANGE", "年度须在 " + MIN_YEAR + " 到 " + MAX_YEAR + " 之间"));
        }
    }

    private static void level(String level, List<UserError> errors) {
        if (level == null || Level.of(level).isEmpty()) {
            errors.add(UserError.of(
                    "input.level",
                    "UNKNOWN_LEVEL",
                    "级别须为 "
                            + Arrays.stream(Level.values())
                                    .map(l -> l.id() + "（" + l.label() + "）")
                                    .toList()
                            + " 之一"));
        }
    }

    private static void date(String field, String what, LocalDate date, int year, List<UserError> errors) {
        if (date == null) {
            errors.add(UserError.of(field, "REQUIRED", "请填写" + what));
        } else if (date.getYear() < MIN_YEAR || date.isAfter(LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")))) {
            errors.add(
                    UserError.of(field, "DATE_OUT_OF_RANGE", what + " " + date + " 无效：须在 " + MIN_YEAR + " 年之后且不晚于今天"));
        } else if (date.getYear() != year) {
            errors.add(UserError.of(field, "DATE_OUTSIDE_YEAR", what + " " + date + " 不在 " + year + " 年度内"));
        }
    }

    private static void text(String field, String what, String text, int max, List<UserError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(UserError.of(field, "REQUIRED", "请填写" + what));
        } else if (text.length() > max) {
            errors.add(UserError.of(field, "TOO_LONG", what + "过长（上限 " + max + " 字）"));
        }
    }
}
