package dev.saferank.rating.audit;

/**
 * The outcome of verifying one tenant's chain.
 *
 * @param tenant the chain ({@code ""} for the platform's)
 * @param intact whether every record matches its hash, links to its predecessor, and the last one is the
 *     chain's head
 * @param recordsChecked how many records were read
 * @param brokenAtSeq the first record found wrong (or the first missing one), null when intact
 * @param problem what is wrong, in Chinese, null when intact
 * @param headHash the hash of the chain's last record as the head records it (keep it elsewhere to detect a
 *     rewritten chain)
 */
public record AuditVerification(
        String tenant, boolean intact, long recordsChecked, Long brokenAtSeq, String problem, String headHash) {}
