package dev.saferank.batch.rating.internal;

import dev.saferank.rating.facts.AgencyYearFacts;
import dev.saferank.rating.facts.FactStream;
import dev.saferank.rating.facts.YearFacts;
import dev.saferank.scheme.Scheme;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * A partition's agencies with their facts, agency by agency in id order, as the rating module streams them
 * ({@link YearFacts#stream}, the same facts the preview and the what-if read). The id of the last agency
 * handed out is saved with each chunk, so a restarted partition continues after it.
 */
class FactsReader implements ItemStreamReader<AgencyYearFacts> {

    static final String LAST = "rating.lastAgency";

    private final YearFacts facts;
    private final String tenant;
    private final int year;
    private final long after;
    private final long upTo;
    private final Scheme scheme;
    private final boolean enabled;
    private FactStream stream;
    private long last;

    /**
     * @param after the range's lower bound, exclusive
     * @param upTo the range's upper bound, inclusive
     * @param enabled false makes an empty reader (the rank pass of a scheme without rank rules)
     */
    FactsReader(YearFacts facts, String tenant, int year, long after, long upTo, Scheme scheme, boolean enabled) {
        this.facts = facts;
        this.tenant = tenant;
        this.year = year;
        this.after = after;
        this.upTo = upTo;
        this.scheme = scheme;
        this.enabled = enabled;
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
    public AgencyYearFacts read() {
        if (stream == null) {
            return null;
        }
        AgencyYearFacts next = stream.next();
        if (next != null) {
            last = next.agencyId();
        }
        return next;
    }
}
