/**
 * The audit trail in the API (issue 16 point 3): {@link dev.saferank.platform.audit.Auditing} records a
 * privileged action with the caller's tenant, username and client address; bureau admins query, export and
 * verify their tenant's chain (platform admins every chain); Keycloak's sign-in failures and admin events are
 * pulled into the trail by a scheduled job. The records themselves are the rating module's
 * ({@code dev.saferank.rating.audit}).
 */
package dev.saferank.platform.audit;
