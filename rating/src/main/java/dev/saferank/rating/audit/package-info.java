/**
 * The tamper-evident audit trail (等保 安全审计): {@link dev.saferank.rating.audit.AuditTrail} appends one
 * hash-chained record per privileged action (a chain per tenant, appends serialized by a row lock on the
 * chain's head), answers queries and verifies a chain. Both apps record through it: platform-api for what
 * bureau users do, batch-jobs for what its jobs publish.
 */
package dev.saferank.rating.audit;
