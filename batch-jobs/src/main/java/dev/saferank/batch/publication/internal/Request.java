package dev.saferank.batch.publication.internal;

import java.util.Optional;

/**
 * A requested publication, as the API queued it.
 *
 * @param tenant the tenant
 * @param id the publication id
 * @param year the year
 * @param kind {@code publish}, {@code correct}, {@code downgrade} or {@code cancel}
 * @param runId the run whose results are published
 * @param noticeId publish: the notice it freezes
 * @param supersedesId correct, downgrade: the publication replaced
 * @param agencyId downgrade: the agency lowered
 * @param reason correct, downgrade: why
 * @param status queued, running, published, refused, failed
 * @param requestedBy who asked
 */
record Request(
        String tenant,
        long id,
        int year,
        String kind,
        long runId,
        Optional<Long> noticeId,
        Optional<Long> supersedesId,
        Optional<Long> agencyId,
        Optional<String> reason,
        String status,
        String requestedBy) {

    /** A copy of the superseded publication with one agency's standing changed: downgrade or cancel. */
    boolean downgrade() {
        return kind.equals("downgrade") || cancel();
    }

    /** 苏州 7.6.3: the agency's standing cancelled (the lowest band, no list chosen by rank). */
    boolean cancel() {
        return kind.equals("cancel");
    }
}
