-- Compact trails (issue 14, point 8). What every trail of a run shares is kept once with the run: the texts
-- of the pinned scheme version (titles, wordings) and its items in order with their maxima and the points of
-- an item nothing moved (dev.saferank.rating.run.TrailTemplate). Each result's trail then keeps only what
-- differs: the items something moved, with their steps, the texts as numbers into the template
-- (dev.saferank.rating.run.CompactTrail: a JSON array, ≈ 1/8 of the full trail). Readers (GraphQL, exports)
-- answer the full trail of V50 exactly as before, rebuilt from the two. A trail stored as a JSON object is
-- the full trail (rows written before this migration, and agencies without a total).
ALTER TABLE rating_run
    ADD COLUMN trail_template MEDIUMTEXT NULL
        COMMENT 'JSON: the texts and items every trail of the run shares (TrailTemplate); NULL before V95';
