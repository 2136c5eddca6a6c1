/**
 * Tenants configured by the bureaus themselves: onboarding a city (tenant row, Keycloak
 * organization, first bureau admin, scheme from a shipped template), its districts, users and
 * campaign calendar, and the onboarding of the five seed cities.
 */
package dev.saferank.platform.tenant;
