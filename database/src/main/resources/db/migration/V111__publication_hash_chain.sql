-- Publications verifiable by anyone (issue 16 point 4): each publication carries the SHA-256 of its public
-- CSV's exact bytes and the hash of its tenant's previous publication, chained (see the rating module's
-- dev.saferank.rating.publication.PublicationHash for the exact text hashed, and the README for the command
-- that recomputes it from a downloaded CSV). Set by the publication job in the transaction that publishes,
-- under a lock on the tenant's row, so that two publications of one tenant cannot link to the same
-- predecessor. Publications published before this migration keep NULL and are outside the chain.
ALTER TABLE publication
    ADD COLUMN rows_sha256         CHAR(64) NULL COMMENT 'SHA-256 of the public CSV bytes (/publications/{id}.csv)' AFTER checksum,
    ADD COLUMN prev_publication_id BIGINT   NULL COMMENT 'the tenant''s previous hashed publication, NULL for its first' AFTER rows_sha256,
    ADD COLUMN prev_hash           CHAR(64) NULL COMMENT 'chain_hash of prev_publication_id, 64 zeros for the first' AFTER prev_publication_id,
    ADD COLUMN chain_hash          CHAR(64) NULL COMMENT 'SHA-256 of saferank-publication-v1, tenant, id, prev_hash, rows_sha256' AFTER prev_hash;
