package dev.saferank.platform.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Writes the current MySQL state of rows into their index, each document with the row's version as
 * an external version: Elasticsearch keeps a document only if its version is higher than the one
 * it has, so a repeated or late delivery is answered 409 and changes nothing (counted as done).
 */
@Service
public class Indexer {

    /** What happened to the ids of one delivery: done (written or already as new) or failed. */
    public record Outcome(Set<Long> done, Map<Long, String> failed) {}

    private final ElasticsearchClient client;
    private final SearchIndices indices;

    Indexer(ElasticsearchClient client, SearchIndices indices) {
        this.client = client;
        this.indices = indices;
    }

    /**
     * Indexes the rows of one tenant. Rows that no longer exist in MySQL are done (nothing is
     * deleted in this platform, so that only happens for a row whose transaction rolled back).
     *
     * @throws IOException when Elasticsearch cannot be reached: nothing is done, all may be retried
     */
    public Outcome index(String entityType, String tenant, Collection<Long> ids) throws IOException {
        var projection = indices.projection(entityType);
        List<SearchDocument> documents = projection.documents(tenant, ids);
        Set<Long> done = new HashSet<>(ids);
        Map<Long, String> failed = new HashMap<>();
        if (documents.isEmpty()) {
            return new Outcome(done, failed);
        }
        String index;
        try {
            index = indices.ensure(projection);
            write(index, documents, failed);
        } catch (IOException | RuntimeException e) {
            indices.forget();
            throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
        }
        done.removeAll(failed.keySet());
        return new Outcome(done, failed);
    }

    /** Writes documents of any tenant into an index (the rebuild's bulk step); returns failures. */
    Map<Long, String> write(String index, List<SearchDocument> documents) throws IOException {
        Map<Long, String> failed = new HashMap<>();
        write(index, documents, failed);
        return failed;
    }

    private void write(String index, List<SearchDocument> documents, Map<Long, String> failed) throws IOException {
        var bulk = new BulkRequest.Builder();
        for (SearchDocument document : documents) {
            Map<String, Object> source = new HashMap<>(document.fields());
            source.put("tenant_id", document.tenant());
            source.put("id", document.id());
            source.put("version", document.version());
            bulk.operations(op -> op.index(write -> write.index(index)
                    .id(Long.toString(document.id()))
                    .version(document.version())
                    .versionType(VersionType.External)
                    .document(source)));
        }
        for (BulkResponseItem item : client.bulk(bulk.build()).items()) {
            boolean written = item.error() == null;
            boolean alreadyNewer = item.status() == 409;
            if (!written && !alreadyNewer) {
                failed.put(
                        Long.parseLong(item.id()),
                        item.error().type() + ": " + item.error().reason());
            }
        }
    }
}
