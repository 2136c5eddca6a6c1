package dev.saferank.batch.rating.internal;

import dev.saferank.rating.facts.AgencyYearFacts;
import dev.saferank.rating.facts.FactStream;
import dev.saferank.rating.facts.YearFacts;
import dev.saferank.scheme.Scheme;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * A partition's agencies with their facts, in id order, as the rating module streams them ({@link
 * YearFacts#stream}, the same facts the preview and the what-if read), handed out a chunk's agencies at a time:
 * one item is up to {@code batch} agencies (the job's chunk size), so that Spring Batch's per-item work (the
 * step-scoped proxies of reader and processor, an observation and a flight-recorder event per item read and
 * processed) is done once per chunk instead of once per agency. The id of the last agency handed out is saved
 * with each chunk, so a restarted partition continues after it.
 */
class FactsReader implements ItemStreamReader<List<AgencyYearFacts>> {

    static final String LAST = "rating.lastAgency";

    private final YearFacts facts;
    private final String tenant;
    private final int year;
    private final long after;
    private final long upTo;
    private final Scheme scheme;
    private final boolean enabled;
    private final int batch;
    private FactStream stream;
    private long last;

    /**
     * @param after the range's lower bound, exclusive
     * @param upTo the range's upper bound, inclusive
     * @param enabled false makes an empty reader (the rank pass of a scheme without rank rules)
     * @param batch agencies per item (the chunk size: a chunk is one item)
     */
    FactsReader(
            YearFacts facts,
            String tenant,
            int year,
            long after,
            long upTo,
            Scheme scheme,
            boolean enabled,
            int batch) {
        this.facts = facts;
        this.tenant = tenant;
        this.year = year;
        this.after = after;
        this.upTo = upTo;
        this.scheme = scheme;
        this.enabled = enabled;
        this.batch = batch;
    }

    @Override
    public void open(ExecutionContext context) {
        last = context.getLong(LAST, after);
        if (enabled) {
            stream = facts.stream(tenant, year, scheme, last, upTo);
        }
    }

    @Override
    public void update(ExecutionContext context) {
        context.putLong(LAST, last);
    }

    @Override
    public void close() {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }

    @Override
    public List<AgencyYearFacts> read() {
        if (stream == null) {
            return null;
        }
        List<AgencyYearFacts> agencies = new ArrayList<>(batch);
        AgencyYearFacts next;
        while (agencies.size() < batch && (next = stream.next()) != null) {
            agencies.add(next);
            last = next.agencyId();
        }
        return agencies.isEmpty() ? null : agencies;
    }
}
