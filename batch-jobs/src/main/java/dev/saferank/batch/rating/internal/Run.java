package dev.saferank.batch.rating.internal;

/** A row of rating_run, as the job and the worker need it. */
public record Run(
        String tenant,
        long id,
        int year,
        int runVersion,
        String schemeVersion,
        String status,
        Long jobExecutionId,
        Integer itemsTotal,
        int itemsDone,
        String checksum,
        String error) {

    public boolean running() {
        return "running".equals(status);
    }
}
