package dev.saferank.platform.draw;

import java.time.Instant;

/** A draw as the bureau and the public see it (the candidate file and the result are read apart). */
record Draw(
        long id,
        String tenant,
        int year,
        String kind,
        String title,
        String quotaMode,
        int quotaValue,
        String weighting,
        Long sourceDrawId,
        int candidatesCount,
        String listSha256,
        String commitment,
        String seed,
        String status,
        String cancelReason,
        Instant committedAt,
        Instant revealedAt) {

    /** The public address of the candidate file (the exact bytes whose SHA-256 is {@link #listSha256}). */
    public String candidatesUrl() {
        return "/draws/" + id + "/candidates.txt";
    }
}
