package dev.saferank.platform.tenant;

/** Keycloak refused or failed a call; the message is for the log, never for the client. */
final class IdentityException extends RuntimeException {

    IdentityException(String message) {
        super(message);
    }
}
