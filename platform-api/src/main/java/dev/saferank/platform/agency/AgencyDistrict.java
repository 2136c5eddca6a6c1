package dev.saferank.platform.agency;

/** A district (区县) of the tenant that an agency serves. */
record AgencyDistrict(long agencyId, String code, String name) {}
