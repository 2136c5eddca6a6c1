package dev.saferank.platform.review;

import java.time.Instant;

/** An agency's request for a review (复核) of its published standing, and the bureau's decision. */
record ReviewRequest(
        long id,
        long publicationId,
        int year,
        long agencyId,
        String agencyName,
        String reason,
        String status,
        String decisionReason,
        Long correctionPublicationId,
        Instant filedAt,
        Instant decidedAt) {}
