package dev.saferank.rating.run;

import dev.saferank.rating.InvalidRequestException;

/** A rating that cannot be queued or restarted: no scored scheme for the year, an unknown or completed run. */
public class RatingRefusedException extends InvalidRequestException {

    public RatingRefusedException(String code, String message) {
        super("input.year", code, message);
    }
}
