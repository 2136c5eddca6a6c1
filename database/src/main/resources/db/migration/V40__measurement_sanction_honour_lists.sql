-- Measurements, sanctions and honours: the per-criterion answers of a 评议表 (临沂 附件4), and
-- indexes for the bureau's lists (by tenant and year, keyset on id).

ALTER TABLE measurement
    ADD COLUMN criteria VARCHAR(200) NULL COMMENT 'per-criterion scores of a review form (临沂 附件4), JSON',
    ADD KEY ix_measurement_year (tenant_id, year, id);

ALTER TABLE sanction
    ADD KEY ix_sanction_year (tenant_id, year, id);

ALTER TABLE honour
    ADD KEY ix_honour_year (tenant_id, year, id);
