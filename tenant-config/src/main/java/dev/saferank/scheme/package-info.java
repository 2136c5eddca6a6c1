/** Scoring schemes of the tenants as versioned data, and the pure engine that evaluates them. */
package dev.saferank.scheme;
