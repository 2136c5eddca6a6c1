package dev.saferank.platform.graphql;

/**
 * A problem with the caller's input, returned in a mutation's payload.
 *
 * @param field the input field, as a path (e.g. {@code input.creditCode}); null for the whole input
 * @param code a stable machine code (e.g. {@code INVALID_CREDIT_CODE})
 * @param message the explanation for a person, in Chinese
 */
public record UserError(String field, String code, String message) {

    public static UserError of(String field, String code, String message) {
        return new UserError(field, code, message);
    }
}
