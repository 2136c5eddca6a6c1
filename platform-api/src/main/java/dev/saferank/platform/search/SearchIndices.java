package dev.saferank.platform.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The indices of the projections, created with their mappings (the Chinese analyzer) before the
 * first write: a write to a missing index would otherwise create it with dynamic mappings.
 */
@Component
class SearchIndices {

    private final ElasticsearchClient client;
    private final SearchSettings settings;
    private final Map<String, SearchProjection> byType;
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    SearchIndices(ElasticsearchClient client, SearchSettings settings, List<SearchProjection> projections) {
        this.client = client;
        this.settings = settings;
        this.byType = projections.stream().collect(Collectors.toMap(SearchProjection::entityType, Function.identity()));
    }

    String name(String indexName) {
        return settings.indexPrefix() + indexName;
    }

    SearchProjection projection(String entityType) {
        var projection = byType.get(entityType);
        if (projection == null) {
            throw new IllegalArgumentException("no search projection for entity type " + entityType);
        }
        return projection;
    }

    /** Whether the projection of this index (name without prefix) declares it public. */
    boolean isPublic(String indexName) {
        return byType.values().stream().anyMatch(p -> p.indexName().equals(indexName) && p.publicIndex());
    }

    List<SearchProjection> projections() {
        return List.copyOf(byType.values());
    }

    /** Creates the projection's index if it does not exist yet (checked once per process). */
    String ensure(SearchProjection projection) throws IOException {
        String name = name(projection.indexName());
        if (known.contains(name)) {
            return name;
        }
        if (!client.indices().exists(e -> e.index(name)).value()) {
            create(projection, name);
        } else {
            replicasAsDeclared(projection, name);
        }
        known.add(name);
        return name;
    }

    /**
     * An index created before its file asked for replicas ({@code auto_expand_replicas}, issue 18) gets the
     * file's setting, so that it has a replica as soon as the cluster has a second node; a dynamic setting,
     * applied without closing the index. Once per process and index.
     */
    private void replicasAsDeclared(SearchProjection projection, String name) throws IOException {
        String replicas;
        try (InputStream mapping = resource(projection)) {
            replicas = JsonMapper.shared()
                    .readTree(mapping)
                    .path("settings")
                    .path("auto_expand_replicas")
                    .stringValue(null);
        }
        if (replicas != null) {
            client.indices().putSettings(p -> p.index(name).settings(s -> s.autoExpandReplicas(replicas)));
        }
    }

    private static InputStream resource(SearchProjection projection) {
        InputStream mapping = SearchIndices.class.getClassLoader().getResourceAsStream(projection.mappingResource());
        if (mapping == null) {
            throw new UncheckedIOException(new IOException("missing " + projection.mappingResource()));
        }
        return mapping;
    }

    /** Drops and creates the index again, empty: the first step of a rebuild. */
    String recreate(SearchProjection projection) throws IOException {
        String name = name(projection.indexName());
        known.remove(name);
        if (client.indices().exists(e -> e.index(name)).value()) {
            client.indices().delete(d -> d.index(name));
        }
        create(projection, name);
        known.add(name);
        return name;
    }

    /** Forgets what it knows, so that the next write checks again (after a failure). */
    void forget() {
        known.clear();
    }

    private void create(SearchProjection projection, String name) throws IOException {
        try (InputStream mapping = resource(projection)) {
            client.indices().create(c -> c.index(name).withJson(mapping));
        } catch (co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        }
    }
}
