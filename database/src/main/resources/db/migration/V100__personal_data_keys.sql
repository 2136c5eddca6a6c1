-- Issue 16 (个人信息保护法): personal data sealed at rest and keys with versions.
--
-- Staff ID numbers stay keyed hashes, now with the id of the key ring entry they were made under: rows from
-- before key versions were hashed under the one secret of that time, which the ring names k0. The platform
-- re-keys every row to the current key on start (dev.saferank.platform.privacy.Rekeying).
ALTER TABLE staff
    ADD COLUMN id_hash_key VARCHAR(16) NOT NULL DEFAULT 'k0' COMMENT 'key ring id of id_hash (saferank.keys.id-hash)'
        AFTER id_hash;

-- Contacts of complainants and objectors are sealed with AES-256-GCM: gcm1:<key id>:<base64>. The columns
-- grow to hold the ciphertext (at most 100 characters of name or contact become at most 594 characters);
-- rows written in clear before this version are sealed by the same start-up step. The retention job erases
-- contacts after their period and records when.
ALTER TABLE complaint
    MODIFY contact_name  VARCHAR(600) NULL COMMENT 'sealed (AES-GCM); null when anonymous or erased',
    MODIFY contact_phone VARCHAR(600) NULL COMMENT 'sealed (AES-GCM); null when anonymous or erased',
    ADD COLUMN contact_erased_at TIMESTAMP(3) NULL COMMENT 'when the retention job erased the contact';

ALTER TABLE objection
    MODIFY filer_name VARCHAR(600) NULL COMMENT 'sealed (AES-GCM); null when not given or erased',
    MODIFY contact    VARCHAR(600) NULL COMMENT 'sealed (AES-GCM); null when not given or erased',
    ADD COLUMN contact_erased_at TIMESTAMP(3) NULL COMMENT 'when the retention job erased the filer''s name and contact';
