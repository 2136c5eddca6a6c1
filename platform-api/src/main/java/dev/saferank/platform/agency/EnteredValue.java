package dev.saferank.platform.agency;

import java.math.BigDecimal;
import java.time.Instant;

/** A value of agency data entered by hand for a year (a row of {@code agency_data}). */
record EnteredValue(long agencyId, String field, BigDecimal value, String updatedBy, Instant updatedAt) {}
