/**
 * Measurements of a rating year (测评数据): exam results, satisfaction responses in the forms of
 * 佛山, 临沂 and 苏州, report review percentages; validated against the measurement the year's
 * scheme declares.
 */
package dev.saferank.platform.measurement;
