package dev.saferank.platform.complaint;

import java.time.Instant;

/** What the complainant sees with the tracking code: no contact details, no internal notes. */
record ComplaintStatus(
        String trackingCode,
        String subject,
        String status,
        String statusLabel,
        String closeReason,
        Instant filedAt,
        Instant updatedAt) {

    static ComplaintStatus of(Complaint c) {
        String label =
                switch (c.status()) {
                    case "received" -> "已受理，待处理";
                    case "triaged" -> "正在核查";
                    case "caseOpened" -> "已立案调查";
                    case "closed" -> "已办结";
                    default -> c.status();
                };
        return new ComplaintStatus(
                c.trackingCode(), c.subject(), c.status(), label, c.closeReason(), c.filedAt(), c.updatedAt());
    }
}
