/** Elasticsearch: the derived search index of reports, complaints, cases and published ratings. */
package dev.saferank.platform.search;
