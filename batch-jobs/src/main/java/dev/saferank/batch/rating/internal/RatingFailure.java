package dev.saferank.batch.rating.internal;

/** A run that cannot go on, with the reason for the bureau in Chinese (kept in rating_run.error). */
class RatingFailure extends RuntimeException {

    RatingFailure(String message) {
        super(message);
    }
}
