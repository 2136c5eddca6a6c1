package dev.saferank.batch.rating;

/** A rating that cannot be started: no scheme active for the year, or a scheme without points. */
public class RatingRefusedException extends RuntimeException {

    public RatingRefusedException(String message) {
        super(message);
    }
}
