package dev.saferank.platform.search;

import java.util.Collection;
import java.util.List;

/**
 * How one kind of entity is derived from MySQL into its own index. Each feature that is searched
 * provides one bean; the outbox relay and the rebuild find it by {@link #entityType()}. Every
 * document carries {@code tenant_id} (keyword): {@link SearchEngine} filters every query on it.
 */
public interface SearchProjection {

    /** The outbox's entity type, e.g. {@code report}. */
    String entityType();

    /** The index name without the configured prefix, e.g. {@code reports}. */
    String indexName();

    /** Classpath resource with the index's settings and mappings (JSON). */
    String mappingResource();

    /** The current documents of these rows of one tenant; rows that do not exist are left out. */
    List<SearchDocument> documents(String tenant, Collection<Long> ids);

    /**
     * Whether the index holds only public data of every tenant (published ratings), searched without a
     * caller's tenant through {@link PublicSearchEngine}; every other index is searched only through {@link
     * SearchEngine}, bound to the caller's tenant.
     */
    default boolean publicIndex() {
        return false;
    }

    /** All rows of every tenant with an id above {@code afterId}, by id: for the full rebuild. */
    List<SearchDocument> page(long afterId, int limit);
}
