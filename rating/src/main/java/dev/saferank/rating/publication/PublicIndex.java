package dev.saferank.rating.publication;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The public search of published ratings (index {@code saferank-ratings}, fed by platform-api's relay from
 * {@code search_outbox}): what the rating module tells it. Call it in the transaction that publishes, so
 * that the index learns of a publication exactly when it becomes visible.
 */
@Component
public class PublicIndex {

    /** The outbox entity type of a published entry: platform-api's projection answers it. */
    public static final String ENTITY = "publicRating";

    private final JdbcTemplate jdbc;

    PublicIndex(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Queues every announced entry of every published publication of the tenant's year: the new one's, and
     * those it supersedes, which are indexed again as superseded. Entries already delivered in their final
     * state are answered as done by the relay.
     *
     * @return the rows queued
     */
    public int queuePublishedYear(String tenant, int year) {
        return jdbc.update(
                "INSERT INTO search_outbox (entity_type, entity_tenant, entity_id)"
                        + " SELECT ?, e.tenant_id, e.id FROM publication_entry e"
                        + " JOIN publication p ON p.tenant_id = e.tenant_id AND p.id = e.publication_id"
                        + " WHERE p.tenant_id = ? AND p.year = ? AND p.status = 'published' AND e.public = 1"
                        + " ORDER BY e.id",
                ENTITY,
                tenant,
                year);
    }
}
