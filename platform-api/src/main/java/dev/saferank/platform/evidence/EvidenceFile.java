package dev.saferank.platform.evidence;

import java.time.Instant;

/** An evidence file's metadata (its bytes are in the {@link EvidenceStore}). */
public record EvidenceFile(
        long id,
        String ownerType,
        long ownerId,
        String ownerPart,
        String fileName,
        String contentType,
        long size,
        String sha256,
        String uploadedBy,
        Instant uploadedAt) {}
