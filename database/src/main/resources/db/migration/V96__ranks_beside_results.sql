-- Issue 14 point 8: a run's ranks live in its small rows (rating_total), never in the large result rows. The
-- evaluation writes each agency's rating_total row in the same transaction as its result (total, ranking
-- group, veto, grade and the SHA-256 of the stored trail); the rank step reads only these small rows and
-- writes the ranks into them. Updating 50,000 large result rows (about 1.3 KB of trail each) cost more
-- than a second and nothing read them that could not join the small rows on the same key.
ALTER TABLE rating_total
    ADD COLUMN grade VARCHAR(16) NULL AFTER vetoed,
    ADD COLUMN trail_sha256 BINARY(32) NULL COMMENT 'SHA-256 of rating_result.trail as stored (UTF-8): the run checksum' AFTER grade;

-- every earlier result gets its small row, with the rank it was published with
INSERT INTO rating_total (tenant_id, run_id, agency_id, total, group_key, vetoed, grade, trail_sha256, overall_rank,
                          group_rank)
SELECT tenant_id, run_id, agency_id, total, group_key, veto_codes IS NOT NULL, grade, UNHEX(SHA2(trail, 256)),
       overall_rank, group_rank
FROM rating_result
ON DUPLICATE KEY UPDATE grade = VALUES(grade), trail_sha256 = VALUES(trail_sha256),
                        overall_rank = VALUES(overall_rank), group_rank = VALUES(group_rank);

ALTER TABLE rating_result
    DROP INDEX ix_rating_result_rank,
    DROP COLUMN overall_rank,
    DROP COLUMN group_rank;
-- (no index on the ranks: results are read in rank order only through COALESCE(rank, …), which no index
-- serves, and maintaining one made writing a run's 50,000 ranks three times slower: 1.5 s against 0.5 s)
