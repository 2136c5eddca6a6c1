/**
 * Rating runs (评定): a bureau admin queues the evaluation of every agency of its tenant for a year
 * under the scheme version active for the year (pinned); the batch job claims queued runs and writes
 * one result per agency with its trail. Runs and results are read here: the bureau sees its
 * tenant's runs, an agency user only its own agency's results.
 */
package dev.saferank.platform.rating;
