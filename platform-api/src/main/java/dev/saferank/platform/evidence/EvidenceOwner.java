package dev.saferank.platform.evidence;

import dev.saferank.platform.security.Caller;

/**
 * A kind of record evidence attaches to, implemented by the feature that owns it (findings, objections,
 * complaints): its permissions are the record's. An id the caller may not see is answered like an id
 * that does not exist.
 */
public interface EvidenceOwner {

    /** The owner type in URLs and rows: finding, rectification, inspectionAnswer, objection, complaint. */
    String type();

    /** Whether the caller may see the record (and so its files). */
    boolean canSee(Caller caller, String tenant, long ownerId, String part);

    /** Whether the caller may attach a file to the record. */
    boolean canAttach(Caller caller, String tenant, long ownerId, String part);

    /** Records the attachment in the record's own history (same transaction). */
    void attached(String tenant, long ownerId, String part, EvidenceFile file, String actor);
}
