/**
 * Scheduled work on any number of API nodes: every {@code @Scheduled} task either runs on one node at a
 * time under a ShedLock row ({@code @SchedulerLock}, table {@code shedlock}, the database's clock) or
 * splits its work between the nodes with row claims (the outbox relay); ArchitectureTest holds every
 * task to one of the two.
 */
package dev.saferank.platform.scheduling;
