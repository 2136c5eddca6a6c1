/** Sign-in with Keycloak tokens: who the caller is, for which tenant, in which roles. */
package dev.saferank.platform.security;
