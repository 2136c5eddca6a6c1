package dev.saferank.platform.subject;

import java.time.Instant;

/** A subject inspected under a checklist of a kind other than agency (莆田 附件2: 生产经营单位). */
record Subject(
        long id,
        String kind,
        String name,
        String creditCode,
        String districtCode,
        String districtName,
        String industry,
        String createdBy,
        Instant createdAt) {}
