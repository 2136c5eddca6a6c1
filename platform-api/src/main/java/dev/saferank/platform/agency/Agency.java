package dev.saferank.platform.agency;

import java.math.BigDecimal;
import java.time.Instant;

/** A rated agency (技术服务机构) of one tenant. */
public record Agency(
        long id,
        String creditCode,
        String name,
        String category,
        String qualifications,
        BigDecimal officeArea,
        String accountUser,
        String status,
        int version,
        String createdBy,
        Instant createdAt) {}
