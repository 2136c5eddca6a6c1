package dev.saferank.platform.measurement;

/** The filters of the bureau's list of measurements; every one is optional. */
record MeasurementFilter(Long agencyId, Integer year, String name, String status) {

    static final MeasurementFilter NONE = new MeasurementFilter(null, null, null, null);
}
