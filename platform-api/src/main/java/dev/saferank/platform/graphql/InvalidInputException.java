package dev.saferank.platform.graphql;

import java.util.List;

/**
 * Input that cannot be accepted. Nothing was written. Mutations turn it into the {@code errors} of
 * their payload; elsewhere it becomes a BAD_REQUEST error carrying the same fields.
 */
public final class InvalidInputException extends RuntimeException {

    private final List<UserError> errors;

    public InvalidInputException(List<UserError> errors) {
        super(errors.isEmpty() ? "输入有误" : errors.getFirst().message());
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String field, String code, String message) {
        this(List.of(UserError.of(field, code, message)));
    }

    public List<UserError> errors() {
        return errors;
    }
}
