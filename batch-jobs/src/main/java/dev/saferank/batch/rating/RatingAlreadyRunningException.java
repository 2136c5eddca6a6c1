package dev.saferank.batch.rating;

/** A run of the tenant and year is queued or running, on this node or another. */
public class RatingAlreadyRunningException extends RuntimeException {

    public RatingAlreadyRunningException(String tenant, int year) {
        super("该年度评定正在进行（" + year + " 年），请待其结束后再发起");
    }
}
