-- Where a scheme ranks vetoed agencies last (SCHEME-FORMAT.md section 12, ranking.vetoed: last), the rank step
-- needs to know which totals a veto graded: ranked in the job with the engine's own ranking (Rankings).
ALTER TABLE rating_total ADD COLUMN vetoed BOOLEAN NOT NULL DEFAULT FALSE AFTER group_key;
