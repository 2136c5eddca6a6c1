-- The relay reads the oldest due rows: WHERE sent_at IS NULL AND next_attempt_at <= now ORDER BY id
-- LIMIT n. With (sent_at, next_attempt_at, id) MySQL sorted every pending row for each batch (a
-- filesort of 100,000 rows per batch of 200 when reports are loaded in bulk: the reports benchmark).
-- With (sent_at, id) it reads pending rows in id order and stops after n due ones; rows waiting for
-- a retry are skipped on the way (few).
ALTER TABLE search_outbox DROP KEY ix_outbox_pending, ADD KEY ix_outbox_due (sent_at, id);
