/**
 * Publications (公布): requesting one (publish a notice's run, correct, downgrade) with every check that
 * can be made at once, and the typed call that queues the public search's update of a published year.
 * The publication job of batch-jobs writes the entries and publishes.
 */
package dev.saferank.rating.publication;
