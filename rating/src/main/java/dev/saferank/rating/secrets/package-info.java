/**
 * No secret with a usable default outside development (issue 16 point 1), for every SafeRank app: {@link
 * dev.saferank.rating.secrets.SecretGuard} stops an app's start before any bean exists when one of the
 * secrets its {@link dev.saferank.rating.secrets.SecretCheck}s name is missing, malformed or published, and
 * says which and how to make one. platform-api checks its keys, its Keycloak client secret and the database
 * password; batch-jobs the database password ({@link dev.saferank.rating.secrets.DatabaseSecret}).
 */
package dev.saferank.rating.secrets;
