-- Limits per client address that hold across API nodes (issue 16 point 5): the database every node shares
-- keeps the counters, so no node's memory decides.
--   scope 'complaint': one row per address (window_start 0), locked by each filing until it commits, so that
--     the count of the hour's complaints and the insert of the next are one atomic step;
--   scope 'graphql': anonymous /graphql requests counted per address and fixed one-minute window
--     (window_start = epoch minute), each request one upsert.
-- The address itself is never stored: client_key is its HMAC, as in complaint.client_key. Rows untouched
-- for two hours are deleted by the API (ClientLimits.prune).
CREATE TABLE client_limit (
    scope        VARCHAR(16)  NOT NULL,
    client_key   CHAR(64)     NOT NULL COMMENT 'HMAC of the client address',
    window_start BIGINT       NOT NULL COMMENT 'epoch minute of the window; 0 for the complaint lock row',
    used         INT          NOT NULL,
    touched_at   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (scope, client_key, window_start),
    KEY ix_client_limit_touched (touched_at)
) ENGINE = InnoDB DEFAULT CHARSET = ascii COLLATE = ascii_bin;
