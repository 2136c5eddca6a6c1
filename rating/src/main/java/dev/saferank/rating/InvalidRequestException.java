package dev.saferank.rating;

/**
 * A request the rating module refuses, with the input field it concerns, a stable code and a Chinese
 * message for the person who made it. Nothing was written. The apps show it as they show their own input
 * errors (platform-api: a payload's {@code errors}).
 */
public class InvalidRequestException extends RuntimeException {

    private final String field;
    private final String code;

    public InvalidRequestException(String field, String code, String message) {
        super(message);
        this.field = field;
        this.code = code;
    }

    /** The input field, e.g. {@code input.year}; null when the whole request is refused. */
    public String field() {
        return field;
    }

    public String code() {
        return code;
    }
}
