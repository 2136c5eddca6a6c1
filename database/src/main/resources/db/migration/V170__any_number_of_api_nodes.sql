-- Any number of API nodes (issue 18).
--
-- search_outbox: the relay of each node claims due rows with SELECT ... FOR UPDATE SKIP LOCKED and
-- moves their next_attempt_at one lease ahead (saferank.outbox.lease) in the same transaction, so
-- that the other nodes skip them; a node that dies holding a claim leaves its rows due again when
-- the lease runs out. claimed_by names the node that claimed a row last; deliveries counts the
-- deliveries that Elasticsearch accepted (1 in the normal case; 2 after a lease ran out while the
-- first node was still delivering: at least once, harmless with external versions).
ALTER TABLE search_outbox
    ADD COLUMN claimed_by VARCHAR(100) NULL COMMENT 'node (saferank.node.name) that claimed the row last',
    ADD COLUMN deliveries INT NOT NULL DEFAULT 0 COMMENT 'deliveries Elasticsearch accepted';

-- report_similarity_queue: how many times a queued report was checked (1: the check runs on one
-- node at a time, under the shedlock row report-similarity).
ALTER TABLE report_similarity_queue
    ADD COLUMN checks INT NOT NULL DEFAULT 0 COMMENT 'completed checks of the queued report';

-- ShedLock's JDBC provider (net.javacrumbs.shedlock): one row per scheduled task, held by the node
-- that runs it until lock_until (the database's clock, usingDbTime()).
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL,
    lock_until TIMESTAMP(3) NOT NULL,
    locked_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    locked_by  VARCHAR(255) NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
