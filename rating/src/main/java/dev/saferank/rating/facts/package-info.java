/**
 * The facts of an agency-year, defined once: what the engine evaluates for an agency and a year, read the
 * same way for the live preview (one agency), the what-if (every active agency of a tenant) and the annual
 * rating job (an id range, streamed). One query per table, each in agency order on its clustered key,
 * merged agency by agency in Java: no statement per agency and no plan that depends on the optimizer.
 */
package dev.saferank.rating.facts;
