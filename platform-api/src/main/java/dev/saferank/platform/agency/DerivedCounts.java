package dev.saferank.platform.agency;

import java.math.BigDecimal;

/**
 * What the registered records of one agency say for a year: office area, staff and certificate
 * counts, engagements. One row per agency, read in one statement for many agencies.
 */
record DerivedCounts(
        long agencyId,
        BigDecimal officeArea,
        long fullTimeStaff,
        long registeredEngineers,
        long qualifiedStaff,
        long multiEmployedStaff,
        long businessVolume,
        long businessInTwoYears) {}
