package dev.saferank.batch.rating.internal;

import org.springframework.batch.core.job.parameters.JobParameters;

/** The job parameters of a rating: tenant, year and the rating_run id. */
record JobRun(String tenant, int year, long run) {

    static final String JOB = "rating";

    static JobRun of(JobParameters p) {
        return new JobRun(
                p.getString("tenant"),
                p.getLong("year").intValue(),
                p.getLong("run").longValue());
    }

    JobParameters parameters() {
        return new org.springframework.batch.core.job.parameters.JobParametersBuilder()
                .addString("tenant", tenant)
                .addLong("year", (long) year)
                .addLong("run", run)
                .toJobParameters();
    }
}
