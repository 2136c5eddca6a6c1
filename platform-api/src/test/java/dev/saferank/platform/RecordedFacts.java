package dev.saferank.platform;

import dev.saferank.rating.facts.AgencyYearFacts;
import dev.saferank.rating.facts.YearFacts;
import dev.saferank.rating.scheme.StoredSchemes;
import dev.saferank.scheme.Facts;
import dev.saferank.scheme.Scheme;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What the rating would see of an agency-year (the rating module's facts), for tests that check what a
 * recorded fact does to the score: the same reader the preview, the what-if and the job use.
 */
@Component
public class RecordedFacts {

    private final YearFacts facts;
    private final StoredSchemes schemes;

    RecordedFacts(YearFacts facts, StoredSchemes schemes) {
        this.facts = facts;
        this.schemes = schemes;
    }

    /** The confirmed rule findings the engine is given under the scheme active for the year. */
    public List<Facts.Finding> confirmedRuleFindings(String tenant, long agencyId, int year) {
        Scheme scheme = schemes.active(tenant, year).orElseThrow().scheme();
        return facts.ofAgency(tenant, agencyId, year, scheme)
                .map(f -> f.facts().findings())
                .orElse(List.of());
    }

    /** The agency data the engine is given under a scheme (empty for another tenant's agency). */
    public Map<String, BigDecimal> forYear(String tenant, long agencyId, int year, Scheme scheme) {
        return facts.ofAgency(tenant, agencyId, year, scheme)
                .map(f -> f.facts().data())
                .orElse(Map.of());
    }

    /** {@link #forYear} for many agencies. */
    public Map<Long, Map<String, BigDecimal>> forAgencies(
            String tenant, Collection<Long> agencyIds, int year, Scheme scheme) {
        Map<Long, Map<String, BigDecimal>> out = new HashMap<>();
        for (AgencyYearFacts f : facts.ofAgencies(tenant, agencyIds, year, scheme)) {
            out.put(f.agencyId(), f.facts().data());
        }
        return out;
    }
}
