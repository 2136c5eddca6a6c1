package dev.saferank.rating.facts;

import dev.saferank.rating.facts.internal.FactPlan;
import dev.saferank.rating.facts.internal.FactQueries;
import dev.saferank.rating.facts.internal.Merger;
import dev.saferank.rating.facts.internal.Reads;
import dev.saferank.rating.facts.internal.Selection;
import dev.saferank.rating.facts.internal.Sources;
import dev.saferank.scheme.Scheme;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.stereotype.Component;

/**
 * The facts of an agency-year, read one way for everyone who evaluates them: the live preview
 * ({@link #ofAgency}), the what-if ({@link #ofActiveAgencies}), an agency page's data ({@link #ofAgencies})
 * and the rating job ({@link #stream}). Each reads the same statements (one per table, in agency order)
 * and merges them the same way; they differ only in which agencies and whether the rows are streamed.
 * Every statement binds the tenant: an agency of another tenant has no facts.
 */
@Component
public class YearFacts {

    private final JdbcTemplate jdbc;
    private final DriverManagerDataSource streaming;

    YearFacts(JdbcTemplate jdbc, DataSourceProperties properties) {
        this.jdbc = jdbc;
        // cursors hold their connection for a whole partition: outside the application's pool, so that a
        // rating in the API process never drains it
        this.streaming = new DriverManagerDataSource(
                properties.determineUrl(), properties.determineUsername(), properties.determinePassword());
    }

    /** One agency's facts, whatever its status; empty when the tenant has no such agency. */
    public Optional<AgencyYearFacts> ofAgency(String tenant, long agencyId, int year, Scheme scheme) {
        return ofAgencies(tenant, List.of(agencyId), year, scheme).stream().findFirst();
    }

    /** The facts of these agencies in id order (unknown ids and other tenants' agencies are left out). */
    public List<AgencyYearFacts> ofAgencies(String tenant, Collection<Long> agencyIds, int year, Scheme scheme) {
        if (agencyIds.isEmpty()) {
            return List.of();
        }
        return listed(tenant, year, scheme, new Selection.Ids(List.copyOf(agencyIds)));
    }

    /** The facts of every active agency of the tenant, in id order: the population a rating rates. */
    public List<AgencyYearFacts> ofActiveAgencies(String tenant, int year, Scheme scheme) {
        return listed(tenant, year, scheme, new Selection.Range(0, Long.MAX_VALUE));
    }

    /**
     * The facts of the active agencies with {@code after < id <= upTo}, streamed: the rating job's
     * partitions.
     */
    public FactStream stream(String tenant, int year, Scheme scheme, long after, long upTo) {
        FactPlan plan = FactPlan.of(scheme, year);
        Sources sources = Reads.streamed(
                jdbc, streaming::getConnection, plan, new FactQueries(tenant, year, new Selection.Range(after, upTo)));
        Merger merger = new Merger(plan, sources);
        return new FactStream() {
            @Override
            public AgencyYearFacts next() {
                return merger.next();
            }

            @Override
            public void close() {
                sources.close();
            }
        };
    }

    private List<AgencyYearFacts> listed(String tenant, int year, Scheme scheme, Selection selection) {
        FactPlan plan = FactPlan.of(scheme, year);
        List<AgencyYearFacts> out = new ArrayList<>();
        try (Sources sources = Reads.listed(jdbc, plan, new FactQueries(tenant, year, selection), selection)) {
            Merger merger = new Merger(plan, sources);
            for (AgencyYearFacts facts = merger.next(); facts != null; facts = merger.next()) {
                out.add(facts);
            }
        }
        return out;
    }
}
