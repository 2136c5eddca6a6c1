/** What a rating leads to: 复核 after a publication, and downgrades proposed from recorded sanctions. */
package dev.saferank.platform.review;
