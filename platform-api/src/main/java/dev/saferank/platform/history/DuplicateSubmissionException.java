package dev.saferank.platform.history;

/** Two submissions with one idempotency key raced; the later one is rolled back. */
public final class DuplicateSubmissionException extends RuntimeException {

    DuplicateSubmissionException() {
        super("重复提交：同一幂等键的请求已在处理");
    }
}
