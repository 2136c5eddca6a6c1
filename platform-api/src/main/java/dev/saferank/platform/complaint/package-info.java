/**
 * Complaints from the public (anonymous or with contact, rate-limited per client address, followed
 * by a random tracking code) and the bureau's triage: linking agency and reports, closing with a
 * reason or opening an enforcement case whose steps and outcome are recorded.
 */
package dev.saferank.platform.complaint;
