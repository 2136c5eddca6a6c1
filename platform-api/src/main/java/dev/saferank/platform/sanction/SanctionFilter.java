package dev.saferank.platform.sanction;

/** The filters of the bureau's lists of sanctions and honours; every one is optional. */
record SanctionFilter(Long agencyId, Integer year, String type, String level, String status) {

    static final SanctionFilter NONE = new SanctionFilter(null, null, null, null, null);
}
