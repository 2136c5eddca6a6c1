-- Public search of published ratings (issue 6, point 4). Each announced entry of a published publication
-- is one document of the index saferank-ratings, and the outbox and the index name documents by one
-- number: the entry gets a surrogate id, unique across tenants (the primary key stays as it is).
-- Entries are still written once and never changed; the id only names them.
ALTER TABLE publication_entry
    ADD COLUMN id BIGINT NOT NULL AUTO_INCREMENT,
    ADD UNIQUE KEY uk_publication_entry_id (id),
    -- the public site lists a city's districts that its published ratings name
    ADD KEY ix_publication_entry_district (tenant_id, district);

-- Entries published before this migration reach the index through the outbox like new ones (the
-- publication job enqueues them in its last step from now on; the rebuild command writes them all).
INSERT INTO search_outbox (entity_type, entity_tenant, entity_id)
SELECT 'publicRating', e.tenant_id, e.id
FROM publication_entry e
JOIN publication p ON p.tenant_id = e.tenant_id AND p.id = e.publication_id
WHERE p.status = 'published' AND e.public = 1
ORDER BY e.id;
