package dev.saferank.platform.graphql;

/** The caller is signed in but its role does not allow the operation. */
public final class ForbiddenException extends RuntimeException {

    public ForbiddenException() {
        super("无权执行此操作");
    }
}
