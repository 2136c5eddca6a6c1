package dev.saferank.platform.complaint;

import java.time.Instant;

/**
 * An enforcement case (案件) about an agency, usually opened from a complaint.
 *
 * @param status open or closed
 * @param outcome confirmed or unfounded, once closed
 */
public record EnforcementCase(
        String tenantId,
        long id,
        Long complaintId,
        long agencyId,
        String title,
        String status,
        String outcome,
        String outcomeNote,
        int version,
        String openedBy,
        Instant openedAt,
        Instant closedAt) {}
