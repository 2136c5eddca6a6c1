package dev.saferank.platform.preview;

import dev.saferank.scheme.Scheme;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The agency data of a year by declared field name, as the agency feature provides it
 * ({@code dev.saferank.platform.agency.AgencyDataService#forYear}, wired in {@link PreviewSources}).
 */
@FunctionalInterface
interface AgencyDataSource {

    Map<String, BigDecimal> forYear(String tenant, long agencyId, int year, Scheme scheme);
}
