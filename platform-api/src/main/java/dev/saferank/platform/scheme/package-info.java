/**
 * A tenant's scoring schemes as versioned data: uploaded, validated by the engine, activated for a
 * year; the engine of the active version serves previews and rating runs.
 */
package dev.saferank.platform.scheme;
