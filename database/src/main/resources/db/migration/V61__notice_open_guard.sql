-- One open notice per tenant and year (issue 5), guarded by the database like the rating run queue:
-- open_key is '<tenant>:<year>' while the notice is open and NULL once published or withdrawn, so a
-- second openNotice for the same tenant and year fails on the unique key whichever node runs it.
ALTER TABLE rating_notice
    ADD COLUMN open_key VARCHAR(48) AS (IF(status = 'open', CONCAT(tenant_id, ':', year), NULL)) STORED,
    ADD UNIQUE KEY uk_rating_notice_open (open_key);
