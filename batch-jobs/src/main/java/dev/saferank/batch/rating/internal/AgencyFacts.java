package dev.saferank.batch.rating.internal;

import dev.saferank.scheme.Facts;
import java.util.List;

/**
 * One agency's facts of the year as the job read them, with what was set aside (facts the pinned scheme
 * does not know, as in the preview).
 */
record AgencyFacts(long agencyId, String name, Facts facts, List<FactProblem> setAside) {}
