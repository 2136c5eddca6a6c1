package dev.saferank.servers;

/** A server could not be had; the message says what is missing and how to supply it. */
public final class ProvisioningException extends RuntimeException {

    public ProvisioningException(String message) {
        super(message);
    }

    public ProvisioningException(String message, Throwable cause) {
        super(message, cause);
    }
}
