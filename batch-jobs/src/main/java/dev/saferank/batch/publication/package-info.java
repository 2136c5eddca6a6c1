/**
 * The publication job (公布): freezes a rating run whose notice is over and writes the publication, its
 * entries and lists; corrections and downgrades as new publications that name what they supersede.
 */
package dev.saferank.batch.publication;
