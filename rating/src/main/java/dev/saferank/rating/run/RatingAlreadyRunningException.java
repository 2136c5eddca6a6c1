package dev.saferank.rating.run;

import dev.saferank.rating.InvalidRequestException;

/** A run of the tenant and year is queued or running, on some node: a second one is refused. */
public class RatingAlreadyRunningException extends InvalidRequestException {

    public RatingAlreadyRunningException(String tenant, int year) {
        super("input.year", "RATING_RUNNING", "该年度评定正在进行，请在当前评定结束后再试");
    }
}
