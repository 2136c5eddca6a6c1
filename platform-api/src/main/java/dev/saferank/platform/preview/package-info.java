/**
 * The live preview (issue point 3): an agency's provisional score for a year, evaluated by the engine
 * of the year's active scheme from the facts recorded so far, with the per-item trail.
 */
package dev.saferank.platform.preview;
