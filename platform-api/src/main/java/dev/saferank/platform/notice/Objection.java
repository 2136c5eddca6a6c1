package dev.saferank.platform.notice;

import dev.saferank.rating.run.RatingResult;
import java.time.Instant;

/**
 * An objection to one agency's draft result (a row of {@code objection}).
 *
 * @param tenantId the tenant (never exposed)
 * @param filerKind agency or public
 * @param filedBy the agency user's username; null for the public
 * @param status open, accepted, rejected
 * @param rerunId the run queued when it was accepted
 */
public record Objection(
        String tenantId,
        long id,
        long noticeId,
        int year,
        long agencyId,
        String agencyName,
        String trackingCode,
        String filerKind,
        String filedBy,
        String filerName,
        String contact,
        String reason,
        String status,
        String decision,
        String decidedBy,
        Instant decidedAt,
        Long rerunId,
        Instant filedAt) {

    /** The agency objected to, with its current name. */
    public RatingResult.RatedAgency agency() {
        return new RatingResult.RatedAgency(agencyId, agencyName);
    }

    /** The status as both sides read it. */
    public String statusText() {
        return switch (status) {
            case "accepted" -> "已采纳";
            case "rejected" -> "未采纳";
            default -> "处理中";
        };
    }
}
