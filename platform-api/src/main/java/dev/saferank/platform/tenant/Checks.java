package dev.saferank.platform.tenant;

import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.graphql.UserError;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Collects every problem of an input, so that the caller sees them all at once. */
final class Checks {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,49}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

    private final List<UserError> errors = new ArrayList<>();

    /** Whether a required text is present and not too long; reports it otherwise. */
    boolean text(String field, String value, int max, String what) {
        if (value == null || value.isBlank()) {
            return fail(field, "REQUIRED", "请填写" + what);
        }
        if (value.length() > max) {
            return fail(field, "TOO_LONG", what + "过长（上限 " + max + " 个字符）");
        }
        return true;
    }

    boolean matches(String field, String value, Pattern pattern, String code, String message) {
        if (value != null && !pattern.matcher(value).matches()) {
            return fail(field, code, message);
        }
        return true;
    }

    /** A new user's fields, as the realm's user profile requires them. */
    void user(String prefix, NewUser user) {
        if (text(prefix + ".username", user.username(), 50, "用户名")) {
            matches(
                    prefix + ".username",
                    user.username(),
                    USERNAME,
                    "INVALID_USERNAME",
                    "用户名须为 3–50 位小写字母、数字或 . _ -，以字母或数字开头");
        }
        if (text(prefix + ".email", user.email(), 254, "电子邮箱")) {
            matches(prefix + ".email", user.email(), EMAIL, "INVALID_EMAIL", "电子邮箱格式不正确");
        }
        text(prefix + ".firstName", user.firstName(), 100, "名");
        text(prefix + ".lastName", user.lastName(), 100, "姓");
        String password = user.temporaryPassword();
        if (text(prefix + ".temporaryPassword", password, 128, "临时密码") && password.length() < 8) {
            fail(prefix + ".temporaryPassword", "PASSWORD_TOO_SHORT", "临时密码至少 8 个字符");
        }
    }

    boolean fail(String field, String code, String message) {
        errors.add(UserError.of(field, code, message));
        return false;
    }

    boolean ok() {
        return errors.isEmpty();
    }

    /** Throws every problem found, if any. */
    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
