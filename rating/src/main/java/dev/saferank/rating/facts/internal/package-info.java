/** The facts reader's queries, row sources and merge: private to {@code dev.saferank.rating.facts}. */
package dev.saferank.rating.facts.internal;
