/**
 * The transactional outbox: a row per change of an indexed entity, written in the entity's own
 * transaction, delivered by a relay with retries and backoff. Generic over entity types.
 */
package dev.saferank.platform.outbox;
