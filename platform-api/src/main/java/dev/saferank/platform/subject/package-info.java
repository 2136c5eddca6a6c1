/**
 * Inspected subjects other than agencies (莆田: 生产经营单位), their checklist inspections, and the summaries of a
 * campaign's problems by type and district on its phases' report days (issue 17 point 2).
 */
package dev.saferank.platform.subject;
