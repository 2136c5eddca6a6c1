package dev.saferank.platform.finding;

import java.time.Instant;
import java.time.LocalDate;

/** 整改 of one finding: open → submitted (the agency answers) → accepted or rejected (then open again). */
record Rectification(
        long findingId,
        String measure,
        LocalDate deadline,
        String responsible,
        String status,
        String answer,
        String updatedBy,
        Instant updatedAt,
        int version) {}
