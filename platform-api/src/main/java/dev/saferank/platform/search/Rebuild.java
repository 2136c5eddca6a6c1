package dev.saferank.platform.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Rebuilds every index from MySQL: drops it, creates it with its mapping, and writes every row of
 * every tenant in pages of 500 with the row's version. Writes that happen meanwhile go through the
 * outbox as usual; the external versions keep the newer document whichever arrives last.
 */
@Service
public class Rebuild {

    private static final Logger log = LoggerFactory.getLogger(Rebuild.class);
    private static final int PAGE = 500;

    private final SearchIndices indices;
    private final Indexer indexer;

    Rebuild(SearchIndices indices, Indexer indexer) {
        this.indices = indices;
        this.indexer = indexer;
    }

    /** Documents written per index name. */
    public Map<String, Long> rebuildAll() throws IOException {
        Map<String, Long> written = new LinkedHashMap<>();
        for (SearchProjection projection : indices.projections()) {
            String index = indices.recreate(projection);
            long count = 0;
            long after = 0;
            while (true) {
                List<SearchDocument> page = projection.page(after, PAGE);
                if (page.isEmpty()) {
                    break;
                }
                var failed = indexer.write(index, page);
                if (!failed.isEmpty()) {
                    throw new IOException("rebuild of " + index + " failed for ids " + failed);
                }
                count += page.size();
                after = page.getLast().id();
            }
            log.info("search rebuild: {} documents written to {}", count, index);
            written.put(index, count);
        }
        return written;
    }
}
