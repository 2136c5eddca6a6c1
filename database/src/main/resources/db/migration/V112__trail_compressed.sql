-- Issue 14 point 8: the rating job is bound by MariaDB writing its 50,000 result rows, and the trail is most of
-- each row (≈ 1,300 bytes of compact JSON, V95). From here on the trail is stored compressed: raw DEFLATE with
-- a preset dictionary behind a one-byte format marker (dev.saferank.rating.run.StoredTrail, the one codec every
-- writer and reader of the column goes through), ≈ 4 times smaller on the benchmark tenant. Binary bytes need
-- a binary column. Rows written before keep their JSON text as its UTF-8 bytes (the conversion keeps the
-- bytes); the codec reads a row that begins with a JSON text as that text, so old runs read as before.
ALTER TABLE rating_result
    MODIFY COLUMN trail MEDIUMBLOB NOT NULL
        COMMENT 'the trail as StoredTrail stores it: byte 0x01 + DEFLATE of the JSON (V112), or the JSON text itself';

-- The run checksum is over the logical trail (the JSON text), never over its stored bytes: a run's checksum
-- stays equal to that of any run that produced the same trails, compressed or not (the same SHA-256 as V96's
-- for every row written before).
ALTER TABLE rating_total
    MODIFY COLUMN trail_sha256 BINARY(32) NULL
        COMMENT 'SHA-256 of the logical trail (rating_result.trail decoded by StoredTrail, UTF-8): the run checksum';
