package dev.saferank.platform.complaint;

import java.time.Instant;

/**
 * A complaint as the bureau sees it (contact details included).
 *
 * @param agencyName the agency as the complainant named it
 * @param agencyId the agency linked at triage, or null
 * @param status received, triaged, caseOpened, closed
 * @param contactName sealed (privacy.PersonalData); answered masked
 * @param contactErasedAt when the retention job erased the contact; null while kept or never given
 */
public record Complaint(
        String tenantId,
        long id,
        String trackingCode,
        String agencyName,
        Long agencyId,
        String subject,
        String body,
        String contactName,
        String contactPhone,
        String status,
        String closeReason,
        String triageNote,
        int version,
        Instant filedAt,
        Instant updatedAt,
        Instant contactErasedAt) {

    /** Filed without a contact (an erased contact is not anonymous: see {@link #contactErased()}). */
    public boolean anonymous() {
        return contactName == null && contactPhone == null && contactErasedAt == null;
    }

    public boolean contactErased() {
        return contactErasedAt != null;
    }
}
