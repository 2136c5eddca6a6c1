-- Issue 14 point 8: the people active in two or more agencies of a tenant (挂靠) are found by one
-- GROUP BY id_hash over the tenant's staff, at the start of every rating partition and every preview.
-- With status in the index the statement is answered from the index alone, in id_hash order
-- (50,000 agencies, 324,000 staff: 0.12 s instead of 1.3–4.7 s of lookups into the clustered index).
ALTER TABLE staff
    DROP INDEX ix_staff_person,
    ADD INDEX ix_staff_person (tenant_id, id_hash, status);
