package dev.saferank.platform.staff;

import java.time.Instant;

/** A technical staff member (技术人员) of one agency; the ID number is never kept. */
public record Staff(
        long id,
        long agencyId,
        String name,
        boolean fullTime,
        String title,
        String status,
        String createdBy,
        Instant createdAt) {}
