package dev.saferank.platform.isolation;

import java.util.Optional;

/** Values for the arguments and input fields of generated GraphQL documents. */
public interface ValueSource {

    /** A literal for an argument of a field, or empty to leave an optional argument out. */
    Optional<String> argument(String field, String argument);

    /** A literal for a field of an input object, or empty for the type's default. */
    Optional<String> inputField(String inputType, String field);

    /** A literal of a scalar type for a named argument or input field. */
    String scalar(String scalar, String name);
}
