package dev.saferank.platform.tenant;

import java.time.OffsetDateTime;

/** A tenant as the platform admin sees it: no tenant data, only the record. */
record TenantSummary(String id, String name, String organizationId, String createdBy, OffsetDateTime createdAt) {}
